package ru.rostok.documents.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as documents print them: 21.10.2020. */
final class Dates {
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    static String of(LocalDate date) {
        return date == null ? "" : DOTTED.format(date);
    }

    /** A file name part without characters that browsers or file systems refuse: «5/3» → «5-3». */
    static String safe(String text) {
        return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }
}
