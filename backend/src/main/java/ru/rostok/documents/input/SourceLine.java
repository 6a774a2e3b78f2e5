package ru.rostok.documents.input;

import java.util.List;

/**
 * One line of a document as the reader sees it: a line of a text file, a paragraph's line in a DOCX, or a table row
 * (a tab-separated line, a DOCX or XLSX row) with its cells. A blank line separates paragraphs.
 */
public record SourceLine(int number, String text, List<String> cells) {
    public SourceLine {
        cells = List.copyOf(cells);
    }

    static SourceLine text(int number, String text) {
        return new SourceLine(number, text.strip(), List.of());
    }

    static SourceLine row(int number, List<String> cells) {
        List<String> stripped = cells.stream().map(String::strip).toList();
        return new SourceLine(number, String.join("\t", stripped).strip(), stripped);
    }

    public boolean blank() {
        return text.isBlank();
    }

    /** A row of at least two cells with something in them. */
    public boolean isRow() {
        return cells.stream().filter(c -> !c.isBlank()).count() >= 2 || (cells.size() >= 2 && !blank());
    }
}
