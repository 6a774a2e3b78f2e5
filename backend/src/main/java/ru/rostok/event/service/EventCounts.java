package ru.rostok.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import ru.rostok.control.service.PointEvents;
import ru.rostok.event.WorkEvent;
import ru.rostok.roadmap.service.MeasureEvents;

/** The events of measures and points counted for their plans' and decisions' progress, in one query each. */
@ApplicationScoped
public class EventCounts implements MeasureEvents, PointEvents {
    @Override
    public Map<Long, Held> held(Collection<Long> measureIds) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, java.util.Set<LocalDate>> occurrences = new HashMap<>();
        WorkEvent.getEntityManager().createQuery("select e.measureId, e.occurrenceDue from WorkEvent e where e.measureId in :m", Object[].class)
                .setParameter("m", measureIds).getResultList().forEach(row -> {
                    Long measure = (Long) row[0];
                    counts.merge(measure, 1, Integer::sum);
                    java.util.Set<LocalDate> held = occurrences.computeIfAbsent(measure, k -> new HashSet<>());
                    if (row[1] != null) {
                        held.add((LocalDate) row[1]);
                    }
                });
        Map<Long, Held> result = new HashMap<>();
        counts.forEach((measure, n) -> result.put(measure, new Held(n, occurrences.get(measure))));
        return result;
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> pointIds) {
        Map<Long, Integer> counts = new HashMap<>();
        WorkEvent.getEntityManager().createQuery("select e.assignmentId, count(e) from WorkEvent e where e.assignmentId in :p group by e.assignmentId",
                Object[].class).setParameter("p", pointIds).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }
}
