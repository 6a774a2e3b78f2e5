package ru.rostok.common.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A deadline as a document writes it («Срок: ноябрь - декабрь», «Май, ежегодно») and what it means: its kind, its
 * dates and how they were found. Made by {@link ScheduleParser}; stored as jsonb and returned by the API as is.
 *
 * <p>{@code periods} holds the day for a {@link ScheduleKind#DATE}, the period for a {@link ScheduleKind#PERIOD},
 * each occurrence for {@link ScheduleKind#OCCURRENCES}, and the plan's period (when known) for
 * {@link ScheduleKind#CONTINUOUS}; {@code recurrence} is set for {@link ScheduleKind#RECURRING} only.
 *
 * <p>Every period is due at its end. An occurrence, whether of a recurrence or of a list, is known by its due date:
 * that is what the "done" sets below hold.
 */
public record Schedule(String text, ScheduleKind kind, List<DatePeriod> periods, Recurrence recurrence,
        Set<ScheduleFlag> flags) {

    public Schedule {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if ((kind == ScheduleKind.RECURRING) != (recurrence != null)) {
            throw new IllegalArgumentException("a recurrence belongs to a RECURRING schedule and to no other: " + kind);
        }
        periods = periods == null ? List.of() : List.copyOf(periods);
        EnumSet<ScheduleFlag> sorted = EnumSet.noneOf(ScheduleFlag.class);
        if (flags != null) {
            sorted.addAll(flags);
        }
        flags = Collections.unmodifiableSet(sorted);
    }

    static Schedule of(String text, ScheduleKind kind, List<DatePeriod> periods, Set<ScheduleFlag> flags) {
        return new Schedule(text, kind, periods, null, flags);
    }

    static Schedule recurring(String text, Recurrence recurrence, Set<ScheduleFlag> flags) {
        return new Schedule(text, ScheduleKind.RECURRING, List.of(), recurrence, flags);
    }

    /** Text no rule understood, kept for a person to read. */
    public static Schedule unparsed(String text) {
        return new Schedule(text, ScheduleKind.UNPARSED, List.of(), null, Set.of());
    }

    /** The due dates from {@code from} to {@code to}, both included, in order: each occurrence's end. */
    public List<LocalDate> dueDates(LocalDate from, LocalDate to) {
        if (recurrence != null) {
            return recurrence.occurrencesDue(from, to).stream().map(DatePeriod::end).toList();
        }
        return writtenDueDates().filter(due -> !due.isBefore(from) && !due.isAfter(to)).toList();
    }

    /** The first due date on {@code today} or later. */
    public Optional<LocalDate> nextDue(LocalDate today) {
        if (recurrence != null) {
            return recurrence.nextDue(today).map(DatePeriod::end);
        }
        return writtenDueDates().filter(due -> !due.isBefore(today)).findFirst();
    }

    /** The due dates already passed on {@code today} whose occurrence is not among {@code done}, in order. */
    public List<LocalDate> overdue(LocalDate today, Collection<LocalDate> done) {
        return dueDates(LocalDate.MIN, today.minusDays(1)).stream().filter(due -> !done.contains(due)).toList();
    }

    /** Whether any occurrence due before {@code today} is not among {@code done}. */
    public boolean isOverdue(LocalDate today, Collection<LocalDate> done) {
        return !overdue(today, done).isEmpty();
    }

    /** The due dates from {@code today} to {@code days} days later, both included. */
    public List<LocalDate> dueSoon(LocalDate today, int days) {
        return dueDates(today, today.plusDays(days));
    }

    /**
     * Whether the schedule's first deadline falls before {@code documentDate}: «февраль 2020 г.» in a decision of
     * 21.10.2020, «Октябрь 2020 г. Октябрь 2021 г.» in a roadmap approved on 10.02.2021. It compares due dates, not
     * the days periods begin: «2020– 2022 гг» in that decision of 21.10.2020, or «весь период» of a plan that began
     * before it was approved, start earlier and are still sound.
     */
    public boolean startsBefore(LocalDate documentDate) {
        Optional<LocalDate> firstDue = recurrence != null
                ? Optional.of(recurrence.first().end())
                : writtenDueDates().findFirst();
        return firstDue.filter(due -> due.isBefore(documentDate)).isPresent();
    }

    private Stream<LocalDate> writtenDueDates() {
        return periods.stream().map(DatePeriod::end).sorted().distinct();
    }
}
