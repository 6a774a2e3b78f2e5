package ru.rostok.documents.input;

import java.util.List;

/** Consecutive non-blank text lines read as one: a title or an issuer broken over lines, a preamble. */
record Paragraph(int from, int to, String text) {

    /** The paragraphs of lines [from, to): a blank line or a table row ends one. */
    static List<Paragraph> of(List<SourceLine> lines, int from, int to) {
        List<Paragraph> out = new java.util.ArrayList<>();
        int start = -1;
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            SourceLine line = i < to ? lines.get(i) : null;
            boolean ends = line == null || line.blank() || line.isRow();
            if (ends) {
                if (start >= 0) {
                    out.add(new Paragraph(lines.get(start).number(), lines.get(i - 1).number(), Patterns.spaces(text.toString())));
                    start = -1;
                    text.setLength(0);
                }
                continue;
            }
            if (start < 0) {
                start = i;
            } else {
                text.append(' ');
            }
            text.append(line.text());
        }
        return out;
    }
}
