package ru.rostok.common.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * What a deadline is read against: the date of the document that sets it and, for a plan (roadmap), the plan's
 * period. Either may be missing; a deadline that needs a missing year then stays {@link ScheduleKind#UNPARSED}.
 */
public record ScheduleContext(LocalDate documentDate, LocalDate planFrom, LocalDate planTo) {

    public ScheduleContext {
        if ((planFrom == null) != (planTo == null)) {
            throw new IllegalArgumentException("a plan period needs both its start and its end");
        }
        if (planFrom != null && planTo.isBefore(planFrom)) {
            throw new IllegalArgumentException("the plan period ends (" + planTo + ") before it starts (" + planFrom
                    + ")");
        }
    }

    /** A decision, an order or a letter: no plan period. */
    public static ScheduleContext ofDocument(LocalDate documentDate) {
        return new ScheduleContext(documentDate, null, null);
    }

    /** A plan (roadmap) for {@code planFrom}–{@code planTo}, approved by a document of {@code documentDate}. */
    public static ScheduleContext ofPlan(LocalDate documentDate, LocalDate planFrom, LocalDate planTo) {
        return new ScheduleContext(documentDate, planFrom, planTo);
    }

    Optional<DatePeriod> planPeriod() {
        return planFrom == null ? Optional.empty() : Optional.of(new DatePeriod(planFrom, planTo));
    }

    /**
     * Where a year left out is counted from: the later of the document's date and the plan's start. A plan for
     * 2021–2023 approved on 15.12.2020 counts from January 2021; one for 2021–2022 approved on 10.02.2021 counts
     * from February 2021, so that «Январь, ежегодно» first falls in January 2022, after the plan was approved.
     */
    Optional<Anchor> anchor() {
        if (planFrom != null && (documentDate == null || planFrom.isAfter(documentDate))) {
            return Optional.of(new Anchor(planFrom, ScheduleFlag.YEAR_FROM_PLAN_PERIOD));
        }
        return Optional.ofNullable(documentDate).map(date -> new Anchor(date, ScheduleFlag.YEAR_FROM_DOCUMENT_DATE));
    }

    /** The date years are counted from, and the flag that says so. */
    record Anchor(LocalDate date, ScheduleFlag source) {

        /**
         * The year of a month written without one: the anchor's year when the month is the anchor's month or later,
         * else the next year («ноябрь» in a decision of 21.10.2020 is November 2020, «январь» is January 2021).
         * A year that is written is never changed: «февраль 2020 г.» in that decision stays February 2020, and
         * {@link Schedule#startsBefore} reports it as due before the document.
         */
        int yearOf(Month month) {
            return month.compareTo(date.getMonth()) >= 0 ? date.getYear() : date.getYear() + 1;
        }
    }
}
