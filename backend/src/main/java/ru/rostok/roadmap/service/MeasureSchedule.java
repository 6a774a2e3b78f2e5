package ru.rostok.roadmap.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rostok.common.schedule.Schedule;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.Roadmap;

/**
 * When a measure is due and whether it is overdue: the one rule for the roadmap's view, the control items and the
 * reminders. An occurrence reported as done is no longer due; a finished (done or cancelled) measure is never due.
 */
public final class MeasureSchedule {
    /** A measure's standing today: the next date due, whether an occurrence is missed, and the earliest missed. */
    public record Due(LocalDate next, boolean overdue, LocalDate firstMissed) {
    }

    private MeasureSchedule() {
    }

    /** Every measure of the roadmap, in its order, with its standing; the reports of them all read in one query. */
    public static Map<Measure, Due> of(Roadmap roadmap, LocalDate today) {
        List<Measure> measures = roadmap.measures();
        Map<Long, List<MeasureReport>> reports = MeasureReport.byMeasure(measures);
        Map<Measure, Due> dues = new LinkedHashMap<>();
        for (Measure m : measures) {
            dues.put(m, due(m, doneOccurrences(reports.getOrDefault(m.id, List.of())), today));
        }
        return dues;
    }

    /** The occurrences the reports mark as done. */
    public static Set<LocalDate> doneOccurrences(List<MeasureReport> reports) {
        return reports.stream().filter(r -> r.statusTo == MeasureStatus.DONE && r.occurrenceDue != null)
                .map(r -> r.occurrenceDue).collect(Collectors.toSet());
    }

    public static boolean finished(Measure m) {
        return m.status == MeasureStatus.DONE || m.status == MeasureStatus.CANCELLED;
    }

    public static Due due(Measure m, Set<LocalDate> done, LocalDate today) {
        Schedule s = m.schedule;
        if (s == null || finished(m)) {
            return new Due(null, false, null);
        }
        LocalDate next = s.dueDates(today.minusYears(10), today.plusYears(10)).stream()
                .filter(d -> !done.contains(d) && !d.isBefore(today)).findFirst().orElse(null);
        List<LocalDate> missed = s.overdue(today, done);
        return new Due(next, !missed.isEmpty(), missed.isEmpty() ? null : missed.get(0));
    }
}
