package ru.rostok.documents.input;

import java.util.ArrayList;
import java.util.List;

/** A point (or a measure) while it is read: its number, its text as it grows line by line, its deadline and its lines. */
final class DraftItem {
    final String number;
    final DraftItem parent;
    final boolean section;
    final StringBuilder text = new StringBuilder();
    final List<DraftItem> children = new ArrayList<>();
    String deadline;
    /** «Ответственный: …» under the point, or a table's column of who does it. */
    String responsible;
    int deadlineLine;
    final int from;
    int to;

    DraftItem(String number, DraftItem parent, boolean section, String text, int line) {
        this.number = number;
        this.parent = parent;
        this.section = section;
        this.from = line;
        this.to = line;
        append(text, line);
    }

    void append(String more, int line) {
        String s = more.strip();
        if (!s.isEmpty()) {
            if (!text.isEmpty()) {
                // a word broken with a hyphen at the end of a line stays broken only when the next part is capitalised
                text.append(text.charAt(text.length() - 1) == '-' ? "" : " ");
            }
            text.append(s);
        }
        to = Math.max(to, line);
    }

    void deadline(String words, int line) {
        deadline = deadline == null ? words.strip() : deadline + " " + words.strip();
        deadlineLine = line;
        to = Math.max(to, line);
    }

    String text() {
        return Patterns.spaces(text.toString());
    }

    /** The sentence is finished: a deadline after it is its own, not the earlier point's. */
    boolean complete() {
        String t = text();
        return t.isEmpty() || ".;:!?»)\"".indexOf(t.charAt(t.length() - 1)) >= 0 || t.endsWith("г.г") || t.endsWith("гг");
    }
}
