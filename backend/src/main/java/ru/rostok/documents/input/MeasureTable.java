package ru.rostok.documents.input;

import java.util.ArrayList;
import java.util.List;
import ru.rostok.common.Text;

/**
 * The table of a plan's measures: found by its header row («№ п/п | Мероприятия | Срок исполнения | Ответственные»),
 * else by rows that begin with a number; its columns named by their headers. A row without a number continues the
 * measure above it (a row broken over a page); a row with text in one cell only is a section heading; a header row
 * repeated on the next page is skipped.
 */
final class MeasureTable {
    static final class Row {
        final String number;
        final int from;
        int to;
        final StringBuilder text = new StringBuilder();
        final StringBuilder deadline = new StringBuilder();
        final StringBuilder responsible = new StringBuilder();
        final StringBuilder result = new StringBuilder();

        Row(String number, int line) {
            this.number = number;
            this.from = line;
            this.to = line;
        }
    }

    int headerIndex = -1;
    int firstIndex = -1;
    int lastIndex = -1;
    private int number = 0;
    private int text = 1;
    private int deadline = 2;
    private int responsible = 3;
    private int result = -1;
    final List<Row> rows = new ArrayList<>();

    static MeasureTable find(List<SourceLine> lines) {
        MeasureTable table = new MeasureTable();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isRow() && table.header(lines.get(i).cells())) {
                table.headerIndex = i;
                table.read(lines, i + 1);
                table.dropSections();
                if (!table.rows.isEmpty()) {
                    return table;
                }
            }
        }
        MeasureTable numbered = new MeasureTable();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.isRow() && l.cells().size() >= 3 && Patterns.NUMBER_CELL.matcher(l.cells().get(0)).matches()) {
                numbered.read(lines, i);
                if (numbered.rows.size() >= 2) {
                    return numbered;
                }
                numbered.rows.clear();
            }
        }
        return numbered;
    }

    /** Names the columns if this is the header row: one with «мероприят…» and one with «срок…». */
    private boolean header(List<String> cells) {
        int t = -1;
        int d = -1;
        int n = -1;
        int r = -1;
        int e = -1;
        for (int c = 0; c < cells.size(); c++) {
            String h = Text.fold(cells.get(c));
            if (t < 0 && h.matches("(?s).*(мероприят|содержание|наименование|действи).*")) {
                t = c;
            } else if (d < 0 && h.matches("(?s).*срок.*")) {
                d = c;
            } else if (r < 0 && h.matches("(?s).*(ответствен|исполнител).*")) {
                r = c;
            } else if (e < 0 && h.matches("(?s).*(результат|показател).*")) {
                e = c;
            } else if (n < 0 && h.matches("(?s).*(№|п/п|номер).*")) {
                n = c;
            }
        }
        if (t < 0 || d < 0) {
            return false;
        }
        number = n;
        text = t;
        deadline = d;
        responsible = r;
        result = e;
        return true;
    }

    private void read(List<SourceLine> lines, int from) {
        Row current = null;
        for (int i = from; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (!line.isRow()) {
                break;
            }
            List<String> cells = line.cells();
            if (firstIndex < 0) {
                firstIndex = i;
            }
            lastIndex = i;
            String num = cell(cells, number);
            var m = Patterns.NUMBER_CELL.matcher(num);
            long filled = cells.stream().filter(c -> !c.isBlank()).count();
            if (repeatsHeader(cells) || Patterns.isRoman(num.replace(".", "")) || filled == 1 && !num.isBlank()) {
                continue;
            } else if (m.matches() || number < 0 && !cell(cells, text).isBlank() && !cell(cells, deadline).isBlank()) {
                current = new Row(m.matches() ? m.group(1) : String.valueOf(rows.size() + 1), line.number());
                rows.add(current);
            } else if (current == null) {
                continue;
            }
            append(current.text, cell(cells, text), " ");
            append(current.deadline, cell(cells, deadline), " ");
            append(current.responsible, cell(cells, responsible), "\n");
            append(current.result, cell(cells, result), " ");
            current.to = line.number();
        }
    }

    /**
     * A numbered row with neither a deadline nor anyone responsible, followed by rows numbered under it («1.» then
     * «1.1.», «1.2.»), is a section's heading, not a measure.
     */
    void dropSections() {
        rows.removeIf(r -> r.deadline.isEmpty() && r.responsible.isEmpty()
                && rows.stream().anyMatch(o -> o.number.startsWith(r.number + ".")));
    }

    private boolean repeatsHeader(List<String> cells) {
        return Text.fold(cell(cells, deadline)).startsWith("срок");
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static void append(StringBuilder sb, String value, String separator) {
        if (value.isBlank()) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append(separator);
        }
        sb.append(value);
    }
}
