package ru.rostok.staff;

import java.time.LocalDate;

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

    /** The day the category given on {@code since} ends; none for no category. */
    public LocalDate expiresOn(LocalDate since) {
        return this == NONE || since == null ? null : since.plusYears(YEARS_VALID);
    }
}
