package ru.rostok.documents.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A document's text as lines, numbered from 1, the way the reader and the person checking the draft both see it. */
public record SourceText(SourceFormat format, List<SourceLine> lines) {
    // What a text export of a formatted document may carry: «**bold**», «<b>bold</b>», a Markdown hard break.
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|</?(?:b|i|u|strong|em|br|p)\\s*/?>", Pattern.CASE_INSENSITIVE);

    public SourceText {
        lines = List.copyOf(lines);
    }

    /** Lines of plain text; tabs split a line into a table row. */
    static SourceText ofPlain(String text) {
        List<SourceLine> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = MARKUP.matcher(raw).replaceAll("").replace('\u00A0', ' ');
            int number = lines.size() + 1;
            lines.add(line.indexOf('\t') >= 0 ? SourceLine.row(number, List.of(line.split("\t", -1))) : SourceLine.text(number, line));
        }
        return new SourceText(SourceFormat.TXT, trim(lines));
    }

    /** Lines as the reader builds them from a DOCX or an XLSX. */
    static SourceText of(SourceFormat format, List<SourceLine> lines) {
        return new SourceText(format, trim(lines));
    }

    public List<String> texts() {
        return lines.stream().map(SourceLine::text).toList();
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(SourceLine::blank);
    }

    private static List<SourceLine> trim(List<SourceLine> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).blank()) {
            end--;
        }
        return lines.subList(0, end);
    }
}
