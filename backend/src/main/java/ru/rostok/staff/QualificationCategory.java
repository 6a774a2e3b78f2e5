package ru.rostok.staff;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import ru.rostok.common.Text;

/** A teacher's qualification category; one given by attestation lasts five years from its date. */
public enum QualificationCategory {
    NONE("Без категории"),
    CONFORMITY("Соответствие занимаемой должности"),
    FIRST("Первая"),
    HIGHEST("Высшая");

    public static final int YEARS_VALID = 5;

    private final String russian;

    QualificationCategory(String russian) {
        this.russian = russian;
    }

    public String russian() {
        return russian;
    }

    /** By its code, its Russian name or the name's first word as a spreadsheet writes it («Соответствие»), in any case. */
    public static Optional<QualificationCategory> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = Text.fold(text.strip());
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || Text.fold(c.russian).equals(t)
                || Text.fold(c.russian.split(" ")[0]).equals(t) && c != NONE).findFirst();
    }

    /** The day the category given on {@code since} ends; none for no category. */
    public LocalDate expiresOn(LocalDate since) {
        return this == NONE || since == null ? null : since.plusYears(YEARS_VALID);
    }
}
