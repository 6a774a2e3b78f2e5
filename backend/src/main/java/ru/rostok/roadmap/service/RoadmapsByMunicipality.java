package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapStatus;

/** For the management cycle (which checks the caller's scope): roadmaps in force and their reports' timeliness, set-based. */
@ApplicationScoped
public class RoadmapsByMunicipality {
    private static final List<RoadmapStatus> RUNNING = List.of(RoadmapStatus.APPROVED, RoadmapStatus.IN_PROGRESS);
    /** The day a report was made, in the zone of «today» (LocalDate.now()): else one made late in the evening counts as the next day. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    /** An approved roadmap (approved or in progress) whose period covers the day. */
    public record InForce(long roadmapId, RoadmapLevel level, long municipalityId, Long schoolId, String title) {
    }

    /** A municipality's due occurrences of measures and how many of them were reported done by their date. */
    public record Punctuality(long municipalityId, long due, long onTime) {
    }

    @Inject
    EntityManager em;

    /** The municipal and school roadmaps in force on the day, of a region or (no region) of every one: one query. */
    @SuppressWarnings("unchecked")
    public List<InForce> inForce(Long regionId, LocalDate day) {
        var query = em.createNativeQuery("""
                select r.id, r.level, coalesce(r.municipality_id, s.municipality_id), r.school_id, r.title
                from roadmap r left join school s on s.id = r.school_id
                where r.status in ('APPROVED', 'IN_PROGRESS') and r.level in ('MUNICIPALITY', 'SCHOOL')
                  and r.period_from <= :day and r.period_to >= :day
                  and coalesce(r.municipality_id, s.municipality_id) is not null""" + (regionId == null ? "" : " and r.region_id = :region")
                + " order by r.id");
        query.setParameter("day", day);
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        List<InForce> found = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            found.add(new InForce(((Number) r[0]).longValue(), RoadmapLevel.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                    r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4]));
        }
        return found;
    }

    /**
     * For the running roadmaps of each municipality (its own and its schools'): the occurrences of their measures due
     * before today, or today and already reported, and of them those reported done by their date
     * ({@link MeasureSchedule}'s rule: a report marking the occurrence done; a done measure's unreported occurrences and a
     * cancelled measure are no longer due).
     * Two queries: the measures with their plans, and their reports.
     */
    public Map<Long, Punctuality> punctuality(Long regionId, LocalDate today) {
        String jpql = "select m from Measure m join fetch m.roadmap r left join fetch r.school s left join fetch s.municipality "
                + "where r.status in :running and m.schedule is not null and m.status <> :cancelled "
                + "and (r.municipality is not null or r.school is not null)" + (regionId == null ? "" : " and r.region.id = :region");
        var query = em.createQuery(jpql, Measure.class).setParameter("running", RUNNING)
                .setParameter("cancelled", MeasureStatus.CANCELLED);
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        List<Measure> measures = query.getResultList();
        Map<Long, List<MeasureReport>> reports = MeasureReport.byMeasure(measures);
        Map<Long, long[]> counts = new HashMap<>();
        for (Measure m : measures) {
            long municipality = m.roadmap.municipality != null ? m.roadmap.municipality.id : m.roadmap.school.municipality.id;
            List<LocalDate> dues = m.schedule.dueDates(today.minusYears(10), today);
            Map<LocalDate, LocalDate> reportedOn = new HashMap<>();
            List<LocalDate> undated = new ArrayList<>();
            for (MeasureReport r : reports.getOrDefault(m.id, List.of())) {
                if (r.statusTo != MeasureStatus.DONE) {
                    continue;
                }
                LocalDate on = r.reportedAt.atZoneSameInstant(ZONE).toLocalDate();
                if (r.occurrenceDue != null) {
                    reportedOn.merge(r.occurrenceDue, on, (a, b) -> a.isBefore(b) ? a : b);
                } else {
                    undated.add(on); // a report naming no occurrence (a one-time measure) answers for the earliest one unreported
                }
            }
            for (LocalDate on : undated) {
                dues.stream().filter(d -> !reportedOn.containsKey(d)).findFirst().ifPresent(d -> reportedOn.put(d, on));
            }
            Set<LocalDate> done = reportedOn.keySet();
            long[] c = counts.computeIfAbsent(municipality, k -> new long[2]);
            for (LocalDate due : dues) {
                boolean onTime = done.contains(due) && !reportedOn.get(due).isAfter(due);
                boolean stillDue = m.status != MeasureStatus.DONE || done.contains(due); // a done measure's unreported dates lapse
                if (stillDue && (due.isBefore(today) || onTime)) {
                    c[0]++;
                    c[1] += onTime ? 1 : 0;
                }
            }
        }
        Map<Long, Punctuality> found = new HashMap<>();
        counts.forEach((municipality, c) -> found.put(municipality, new Punctuality(municipality, c[0], c[1])));
        return found;
    }
}
