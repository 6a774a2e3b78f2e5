package ru.rostok.common.schedule;

import java.util.stream.Collectors;

/** A schedule's structure in one line, so that a table of expectations reads like the documents. */
final class Structure {
    private Structure() {
    }

    /**
     * «DATE 2023-03-01», «PERIOD 2020-11-01..2020-12-31 [YEAR_FROM_DOCUMENT_DATE]», «OCCURRENCES a..b, c..d»,
     * «RECURRING YEARLY 2021-05-01..2021-05-31 until 2023-12-31», «CONTINUOUS 2021-01-01..2022-12-31», «UNPARSED».
     */
    static String of(Schedule schedule) {
        StringBuilder line = new StringBuilder(schedule.kind().name());
        if (schedule.kind() == ScheduleKind.DATE) {
            line.append(' ').append(schedule.periods().get(0).end());
        } else if (schedule.recurrence() != null) {
            Recurrence r = schedule.recurrence();
            line.append(' ').append(r.frequency()).append(' ').append(r.first());
            line.append(r.until() == null ? " open-ended" : " until " + r.until());
        } else if (!schedule.periods().isEmpty()) {
            line.append(' ').append(schedule.periods().stream().map(DatePeriod::toString).collect(Collectors.joining(", ")));
        }
        if (!schedule.flags().isEmpty()) {
            line.append(' ').append(schedule.flags());
        }
        return line.toString();
    }
}
