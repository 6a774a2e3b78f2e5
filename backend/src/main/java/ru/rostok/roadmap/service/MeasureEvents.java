package ru.rostok.roadmap.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The events recorded on measures, for the plan's progress: the events feature above roadmap answers it. */
public interface MeasureEvents {
    /** For each measure with events: how many, and the occurrences an event was recorded for (held). */
    Map<Long, Held> held(Collection<Long> measureIds);

    record Held(int count, Set<LocalDate> occurrences) {
    }
}
