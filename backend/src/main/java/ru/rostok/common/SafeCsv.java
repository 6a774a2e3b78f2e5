package ru.rostok.common;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV export writes its records through here. A text cell that begins with {@code = + - @}, a tab or a
 * carriage return is a formula to Excel («=HYPERLINK(…)» in a school's name); it gets a leading apostrophe
 * (OWASP's advice), which Excel shows as text. Numbers are cells of their own kind and are never touched, so
 * a negative value stays a number.
 */
public final class SafeCsv {
    private static final String FORMULA_START = "=+-@\t\r";

    /** A number as plain digits ("-5", "12.5"), never escaped. */
    public record Digits(String digits) {
        @Override
        public String toString() {
            return digits;
        }
    }

    private SafeCsv() {
    }

    /** A stored number (numeric(14, 4), so its plain form is short) as a number cell; null stays empty. */
    public static Digits number(BigDecimal n) {
        return n == null ? null : new Digits(n.stripTrailingZeros().toPlainString());
    }

    public static String text(String value) {
        return value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** One record: text cells escaped, numbers ({@link Number}, {@link Digits}) as they are. */
    public static void print(CSVPrinter printer, Iterable<?> cells) throws IOException {
        List<Object> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(cell instanceof CharSequence text ? text(text.toString()) : cell);
        }
        printer.printRecord(safe);
    }
}
