package ru.rostok.common.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline that comes back: the first occurrence as the text gives it, then one every step of the frequency.
 * Each occurrence is due at its end. {@code until} is the last due date the plan allows (inclusive); without a
 * plan period it is null and the recurrence is open-ended, so ask only for bounded windows then.
 */
public record Recurrence(Frequency frequency, DatePeriod first, LocalDate until) {

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(first, "first");
        if (until != null && until.isBefore(first.end())) {
            throw new IllegalArgumentException("the first occurrence (" + first + ") is due after " + until);
        }
    }

    /** The n-th occurrence, counting the first as 0. */
    public DatePeriod occurrence(int n) {
        return first.shiftedBy(frequency.step().multipliedBy(n));
    }

    /** The occurrences due from {@code from} to {@code to}, both included, in order. */
    public List<DatePeriod> occurrencesDue(LocalDate from, LocalDate to) {
        LocalDate last = until == null || to.isBefore(until) ? to : until;
        List<DatePeriod> due = new ArrayList<>();
        for (int n = 0; ; n++) {
            DatePeriod occurrence = occurrence(n);
            if (occurrence.end().isAfter(last)) {
                return due;
            }
            if (!occurrence.end().isBefore(from)) {
                due.add(occurrence);
            }
        }
    }

    /** The first occurrence due on {@code day} or later, unless the recurrence has ended by then. */
    public Optional<DatePeriod> nextDue(LocalDate day) {
        for (int n = 0; ; n++) {
            DatePeriod occurrence = occurrence(n);
            if (until != null && occurrence.end().isAfter(until)) {
                return Optional.empty();
            }
            if (!occurrence.end().isBefore(day)) {
                return Optional.of(occurrence);
            }
        }
    }
}
