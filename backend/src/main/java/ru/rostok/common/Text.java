package ru.rostok.common;

import java.util.Locale;

/** Text normalisation for search: case and the letter ё do not matter to Russian readers. */
public final class Text {
    private Text() {
    }

    public static String searchable(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(part);
            }
        }
        return fold(sb.toString());
    }

    public static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** A LIKE pattern that matches the folded text anywhere, with LIKE's own wildcards escaped. */
    public static String containsPattern(String query) {
        String folded = fold(query.trim()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }

    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
