package ru.rostok.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * A school subject: what a teacher teaches, what a competence assessment, a course or an indicator is about. One list,
 * so that weak results in a subject and teachers' deficits in the same subject meet.
 */
public enum Subject {
    RUSSIAN("Русский язык"),
    LITERATURE("Литература"),
    MATHEMATICS("Математика"),
    PHYSICS("Физика"),
    CHEMISTRY("Химия"),
    BIOLOGY("Биология"),
    GEOGRAPHY("География"),
    HISTORY("История"),
    SOCIAL_STUDIES("Обществознание"),
    INFORMATICS("Информатика"),
    FOREIGN_LANGUAGE("Иностранный язык"),
    PRIMARY("Начальные классы"),
    PHYSICAL_EDUCATION("Физическая культура"),
    ARTS("Искусство и технология"),
    OTHER("Другое");

    private final String russian;

    Subject(String russian) {
        this.russian = russian;
    }

    public String russian() {
        return russian;
    }

    /** By its code or its Russian name as a spreadsheet writes it, in any case. */
    public static Optional<Subject> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t) || s.russian.equalsIgnoreCase(t)).findFirst();
    }
}
