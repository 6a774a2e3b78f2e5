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

    /** A table row: two cells or more, something in them (a row broken over a page may fill one only). */
    public boolean isRow() {
        return cells.size() >= 2 && !blank();
    }
}
