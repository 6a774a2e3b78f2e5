package ru.rostok.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a measure or a point is, and what an event of it was: a meeting, an interview with a head, a seminar, a visit
 * to a school, a course, a document to write, a monitoring, or something else.
 */
public enum WorkKind {
    MEETING, INTERVIEW, SEMINAR, VISIT, COURSE, DOCUMENT, MONITORING, OTHER;

    /** Word stems in the order they decide: «выезд … посещение уроков» is a visit even when it names a seminar after. */
    private static final List<Map.Entry<String, WorkKind>> STEMS = List.of(
            Map.entry("собеседован", INTERVIEW),
            Map.entry("выезд", VISIT),
            Map.entry("посещение урок", VISIT),
            Map.entry("посещения урок", VISIT),
            Map.entry("семинар", SEMINAR),
            Map.entry("вебинар", SEMINAR),
            Map.entry("повышения квалификации", COURSE),
            Map.entry("повышение квалификации", COURSE),
            Map.entry("курс", COURSE),
            Map.entry("совещани", MEETING),
            Map.entry("заседани", MEETING),
            Map.entry("мониторинг", MONITORING));

    /** The kind the text of a measure or a point suggests, OTHER when it suggests none: a default the user can change. */
    public static WorkKind guess(String text) {
        if (text == null) {
            return OTHER;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return STEMS.stream().filter(e -> lower.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(OTHER);
    }
}
