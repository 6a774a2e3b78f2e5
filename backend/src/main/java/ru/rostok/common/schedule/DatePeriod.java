package ru.rostok.common.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

/** Whole days from {@code start} to {@code end}, both included. A single day has the same start and end. */
public record DatePeriod(LocalDate start, LocalDate end) {

    public DatePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static DatePeriod day(LocalDate day) {
        return new DatePeriod(day, day);
    }

    public static DatePeriod month(YearMonth month) {
        return new DatePeriod(month.atDay(1), month.atEndOfMonth());
    }

    public static DatePeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, Month.of(3 * quarter - 2));
        return new DatePeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static DatePeriod year(int year) {
        return new DatePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The same period a step later. Whole months stay whole months: February 2021 a year on is 1–29 February 2024. */
    DatePeriod shiftedBy(Period step) {
        if (coversWholeMonths()) {
            YearMonth firstMonth = YearMonth.from(start).plus(step);
            YearMonth lastMonth = YearMonth.from(end).plus(step);
            return new DatePeriod(firstMonth.atDay(1), lastMonth.atEndOfMonth());
        }
        return new DatePeriod(start.plus(step), end.plus(step));
    }

    private boolean coversWholeMonths() {
        return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
