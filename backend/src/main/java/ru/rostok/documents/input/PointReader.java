package ru.rostok.documents.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import ru.rostok.common.schedule.ScheduleContext;
import ru.rostok.common.schedule.ScheduleKind;
import ru.rostok.common.schedule.ScheduleParser;

/**
 * Reads the numbered points of a document's operative part, line by line: a number starts a point («1.», «2.1.»,
 * «3.МБУ», «п. 2», «I.», «а)»), nested under the point whose number begins its own; «Срок: …» or a line that is
 * nothing but a deadline gives one; any other line continues the point. A deadline that interrupts an unfinished
 * sentence belongs to the point before it (a page break in a two-column layout: seed 001, п. 3.2.1 and 3.2.2).
 */
final class PointReader {
    private final List<SourceLine> lines;
    private final ScheduleContext context;
    final List<DraftItem> roots = new ArrayList<>();
    final List<DraftItem> all = new ArrayList<>();
    final List<Integer> strayLines = new ArrayList<>();
    /** The index of the first line after the points: a signature, or the end. */
    int end;

    PointReader(List<SourceLine> lines, ScheduleContext context) {
        this.lines = lines;
        this.context = context;
    }

    PointReader read(int from, int to) {
        DraftItem current = null;
        DraftItem section = null;
        boolean afterBlank = false;
        end = to;
        for (int i = from; i < to; i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            if (line.blank()) {
                afterBlank = true;
                continue;
            }
            if (!all.isEmpty() && Patterns.isSignature(t)) {
                end = i;
                break;
            }
            if (line.isRow() && line.cells().stream().anyMatch(c -> c.strip().matches("(?iu)сроки?( исполнения| выполнения)?"))) {
                continue; // a table's header row
            }
            String text = line.isRow() ? String.join(" ", line.cells()) : t;
            Matcher label = Patterns.DEADLINE_LABEL.matcher(text);
            Matcher point = Patterns.POINT.matcher(text);
            Matcher roman = Patterns.SECTION.matcher(text);
            Matcher letter = Patterns.LETTER.matcher(text);
            if (label.matches() && current != null) {
                String words = label.group(1).strip();
                int at = line.number();
                if (words.isEmpty()) {
                    int next = nextText(i + 1, to);
                    if (next >= 0) {
                        words = lines.get(next).text();
                        at = lines.get(next).number();
                        i = next;
                    }
                }
                attach(current, words, at);
            } else if (point.matches() || line.isRow() && Patterns.NUMBER_CELL.matcher(line.cells().get(0)).matches()) {
                String number = point.matches() ? (point.group(1) != null ? point.group(1) : point.group(2))
                        : Patterns.NUMBER_CELL.matcher(line.cells().get(0)).replaceAll("$1");
                DraftItem parent = parentOf(number, section);
                current = add(new DraftItem(number, parent, false, "", line.number()), parent);
                rowOrText(current, line, point.matches() ? point.group(3) : "");
            } else if (roman.matches()) {
                section = add(new DraftItem(roman.group(1), null, true, roman.group(2), line.number()), null);
                current = section;
            } else if (letter.matches() && current != null) {
                DraftItem parent = current.number.endsWith(")") ? current.parent : current;
                current = add(new DraftItem(letter.group(1) + ")", parent, false, letter.group(2), line.number()), parent);
            } else if (current != null && Patterns.RESPONSIBLE_LABEL.matcher(text).matches()) {
                Matcher who = Patterns.RESPONSIBLE_LABEL.matcher(text);
                who.matches();
                current.responsible = who.group(1).strip();
                current.to = line.number();
            } else if (current != null && isDeadline(text)) {
                attach(current, text, line.number());
            } else if (current == null || afterBlank && Character.isUpperCase(text.charAt(0)) && current.complete() && !current.text().endsWith(":")) {
                strayLines.add(line.number());
            } else {
                current.append(text, line.number());
            }
            afterBlank = false;
        }
        return this;
    }

    /** A row of a table of points: the number, the text, a cell that is a deadline, a cell that names who does it. */
    private void rowOrText(DraftItem item, SourceLine line, String rest) {
        if (!line.isRow()) {
            item.append(rest, line.number());
            return;
        }
        List<String> cells = line.cells().stream().filter(c -> !c.isBlank()).toList();
        for (int c = 1; c < cells.size(); c++) {
            if (c > 1 && isDeadline(cells.get(c))) {
                item.deadline(cells.get(c), line.number());
            } else if (c > 1 && Responsibles.isBody(cells.get(c))) {
                item.responsible = cells.get(c);
            } else {
                item.append(cells.get(c), line.number());
            }
        }
        if (cells.size() == 1) {
            item.append(rest, line.number());
        }
    }

    boolean isDeadline(String text) {
        return text.length() <= 80 && !Patterns.POINT.matcher(text).matches()
                && ScheduleParser.parse(text, context).kind() != ScheduleKind.UNPARSED;
    }

    private void attach(DraftItem current, String words, int line) {
        DraftItem target = current;
        if (!current.complete()) {
            for (int k = all.indexOf(current) - 1; k >= 0; k--) {
                DraftItem earlier = all.get(k);
                if (earlier.deadline == null && !earlier.section && earlier.complete() && !earlier.text().endsWith(":")) {
                    target = earlier;
                    break;
                }
                if (earlier.deadline != null) {
                    break;
                }
            }
        }
        target.deadline(words, line);
    }

    private DraftItem parentOf(String number, DraftItem section) {
        int dot = number.lastIndexOf('.');
        if (dot < 0) {
            return section;
        }
        String prefix = number.substring(0, dot);
        for (int k = all.size() - 1; k >= 0; k--) {
            if (all.get(k).number.equals(prefix) && !all.get(k).section) {
                return all.get(k);
            }
        }
        return section;
    }

    private DraftItem add(DraftItem item, DraftItem parent) {
        (parent == null ? roots : parent.children).add(item);
        all.add(item);
        return item;
    }

    private int nextText(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }
}
