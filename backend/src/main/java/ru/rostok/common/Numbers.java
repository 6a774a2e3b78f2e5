package ru.rostok.common;

import java.math.BigDecimal;

/**
 * The bounds of the numbers Rostok stores (numeric(14, 4): 10 digits before the point, 4 after), checked on a
 * number's digits and exponent only. 1e99999999 is four bytes of text, but its plain form or a setScale on it
 * takes a hundred million digits: every number from outside passes here (or through the same {@code @Digits}
 * in the contract) before any arithmetic.
 */
public final class Numbers {
    public static final int INTEGER_DIGITS = 10;
    public static final int FRACTION_DIGITS = 4;
    /** The same bounds as {@code @DecimalMin}/{@code @DecimalMax}, which the OpenAPI document shows (it shows @Digits only as multipleOf). */
    public static final String MIN = "-9999999999.9999";
    public static final String MAX = "9999999999.9999";
    /** For {@code @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS, message = OUT_OF_BOUNDS_MESSAGE)} and the bounds above. */
    public static final String OUT_OF_BOUNDS = "Число вне допустимых пределов: не больше 10 цифр до запятой и 4 после";
    /** The same as a Bean Validation message key, in the caller's language. */
    public static final String OUT_OF_BOUNDS_MESSAGE = "{validation.numberOutOfBounds}";
    /** Longer text is not a number anyone typed; parsing it would only cost time. */
    private static final int MAX_TEXT = 40;

    private Numbers() {
    }

    /** Whether the number fits a stored value; trailing zeros after the point do not count ("5,00000" fits). */
    public static boolean fits(BigDecimal n) {
        if (n == null) {
            return true;
        }
        if (n.precision() > MAX_TEXT) {
            return false;
        }
        BigDecimal stripped = n.stripTrailingZeros(); // cheap now: at most MAX_TEXT digits
        return stripped.precision() - stripped.scale() <= INTEGER_DIGITS && stripped.scale() <= FRACTION_DIGITS;
    }

    /**
     * A number as people write it in a cell ("12,5", "1 234.5"), null when blank.
     *
     * @throws NumberFormatException when the text is not a number; whether it fits is {@link #fits}'s to say
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", "");
        if (digits.length() > MAX_TEXT) {
            throw new NumberFormatException("too long");
        }
        return new BigDecimal(digits);
    }

    /** The number's plain digits, or null when they would be more than a few dozen (1e99999999). */
    public static String plain(BigDecimal n) {
        if (n.precision() > MAX_TEXT || Math.abs((long) n.scale()) > MAX_TEXT) {
            return null;
        }
        return n.stripTrailingZeros().toPlainString();
    }
}
