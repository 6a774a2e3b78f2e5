package ru.rostok.monitoring.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.ValueType;

/**
 * What a value must be for its indicator: a percent comes from a numerator not above its positive
 * denominator, a count is a whole number, yes/no is 0 or 1, and everything stays in the indicator's range.
 */
public final class ValueRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An issue with one part of a value: {@code value}, {@code numerator} or {@code denominator}; a message key and its arguments. */
    public record Issue(String part, String message, Object... args) {
    }

    /** A value as it will be stored: for a percent, the value computed from its parts. */
    public record Normalized(BigDecimal value, Integer numerator, Integer denominator) {
        public boolean empty() {
            return value == null && numerator == null && denominator == null;
        }
    }

    /** What the rules need of an indicator: its type and range, apart from the entity so that a cached form can hold it. */
    public record Kind(ValueType valueType, BigDecimal minValue, BigDecimal maxValue) {
        public static Kind of(Indicator i) {
            return new Kind(i.valueType, i.minValue, i.maxValue);
        }
    }

    private ValueRules() {
    }

    public static List<Issue> check(Indicator indicator, BigDecimal value, Integer numerator, Integer denominator) {
        return check(Kind.of(indicator), value, numerator, denominator);
    }

    public static List<Issue> check(Kind indicator, BigDecimal value, Integer numerator, Integer denominator) {
        List<Issue> problems = new ArrayList<>();
        switch (indicator.valueType()) {
            case PERCENT -> {
                if (numerator == null && denominator == null) {
                    if (value != null) {
                        problems.add(new Issue("numerator", "monitoring.percentPartsRequired"));
                    }
                    return problems;
                }
                if (numerator == null) {
                    problems.add(new Issue("numerator", "monitoring.numeratorRequired"));
                } else if (numerator < 0) {
                    problems.add(new Issue("numerator", "monitoring.numeratorNegative"));
                }
                if (denominator == null) {
                    problems.add(new Issue("denominator", "monitoring.denominatorRequired"));
                } else if (denominator <= 0) {
                    problems.add(new Issue("denominator", "monitoring.denominatorNotPositive"));
                }
                if (problems.isEmpty() && numerator > denominator) {
                    problems.add(new Issue("numerator", "monitoring.numeratorOverDenominator", numerator, denominator));
                }
                if (problems.isEmpty()) {
                    inRange(indicator, percent(numerator, denominator), problems);
                }
            }
            case COUNT -> {
                parts(numerator, denominator, problems);
                if (value != null) {
                    if (value.stripTrailingZeros().scale() > 0) {
                        problems.add(new Issue("value", "monitoring.integerNeeded"));
                    } else if (value.signum() < 0) {
                        problems.add(new Issue("value", "monitoring.countNegative"));
                    } else {
                        inRange(indicator, value, problems);
                    }
                }
            }
            case BOOLEAN -> {
                parts(numerator, denominator, problems);
                if (value != null && value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                    problems.add(new Issue("value", "monitoring.yesNo"));
                }
            }
            case SCORE -> {
                parts(numerator, denominator, problems);
                if (value != null) {
                    if (value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
                        problems.add(new Issue("value", "monitoring.tooManyDecimals"));
                    } else {
                        inRange(indicator, value, problems);
                    }
                }
            }
        }
        if (value != null && value.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            problems.add(new Issue("value", "monitoring.valueTooLarge"));
        }
        return problems;
    }

    public static Normalized normalize(Indicator indicator, BigDecimal value, Integer numerator, Integer denominator) {
        return normalize(Kind.of(indicator), value, numerator, denominator);
    }

    public static Normalized normalize(Kind indicator, BigDecimal value, Integer numerator, Integer denominator) {
        if (indicator.valueType() == ValueType.PERCENT) {
            return numerator == null ? new Normalized(null, null, null)
                    : new Normalized(percent(numerator, denominator), numerator, denominator);
        }
        return new Normalized(value == null ? null : value.setScale(4, RoundingMode.HALF_UP), null, null);
    }

    public static BigDecimal percent(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    private static void parts(Integer numerator, Integer denominator, List<Issue> problems) {
        if (numerator != null || denominator != null) {
            problems.add(new Issue("value", "monitoring.partsOnlyForPercent"));
        }
    }

    private static void inRange(Kind indicator, BigDecimal value, List<Issue> problems) {
        String part = indicator.valueType() == ValueType.PERCENT ? "numerator" : "value";
        if (indicator.minValue() != null && value.compareTo(indicator.minValue()) < 0) {
            problems.add(new Issue(part, "monitoring.belowMinimum", plain(value), plain(indicator.minValue())));
        }
        if (indicator.maxValue() != null && value.compareTo(indicator.maxValue()) > 0) {
            problems.add(new Issue(part, "monitoring.aboveMaximum", plain(value), plain(indicator.maxValue())));
        }
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
