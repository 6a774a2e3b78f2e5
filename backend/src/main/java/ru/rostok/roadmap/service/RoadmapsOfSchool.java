package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.school.School;
import ru.rostok.security.Scope;

/**
 * The roadmaps that concern a school, among those the caller sees: the school's own (and its partnership's), and the
 * municipality's or region's plans of its territory with a measure asked of every school; each with its progress. Three
 * queries whatever the number of plans: the plans, their measures, the measures' reports.
 */
@ApplicationScoped
public class RoadmapsOfSchool {
    @Inject
    RoadmapPolicy policy;

    @Schema(name = "DossierRoadmap", description = "A roadmap concerning the school, with its progress")
    public record Item(long id, String title, RoadmapLevel level, RoadmapStatus status, LocalDate periodFrom, LocalDate periodTo,
                       String approvalNumber, LocalDate approvalDate,
                       @Schema(description = "The school's own plan (else a plan above it with a measure of every school)") boolean own,
                       @Schema(description = "Measures done") int done,
                       @Schema(description = "Measures, cancelled ones left out") int total,
                       @Schema(description = "Measures with a missed date") int overdue) {
    }

    public List<Item> of(School school) {
        Scope.Filter seen = policy.filter("r");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("school", school.id);
        params.put("region", school.municipality.region.id);
        params.put("municipality", school.municipality.id);
        params.put("above", List.of(RoadmapLevel.REGION, RoadmapLevel.MUNICIPALITY));
        List<Roadmap> plans = Roadmap.<Roadmap>list("from Roadmap r where (" + seen.jpql() + ") and (r.school.id = :school or (r.school is null "
                + "and r.level in :above and r.region.id = :region and (r.municipality is null or r.municipality.id = :municipality) "
                + "and exists (select 1 from MeasureResponsible x where x.measure.roadmap = r and x.allSchools = true))) "
                + "order by r.periodFrom desc, r.id desc", params);
        if (plans.isEmpty()) {
            return List.of();
        }
        List<Measure> measures = Measure.list("roadmap in ?1 order by roadmap.id, position", plans);
        Map<Long, List<MeasureReport>> reports = MeasureReport.byMeasure(measures);
        LocalDate today = LocalDate.now();
        Map<Long, int[]> counts = new HashMap<>();
        for (Measure m : measures) {
            int[] n = counts.computeIfAbsent(m.roadmap.id, k -> new int[3]);
            if (m.status == MeasureStatus.CANCELLED) {
                continue;
            }
            n[1]++;
            if (m.status == MeasureStatus.DONE) {
                n[0]++;
            } else if (MeasureSchedule.due(m, MeasureSchedule.doneOccurrences(reports.getOrDefault(m.id, List.of())), today).overdue()) {
                n[2]++;
            }
        }
        List<Item> items = new ArrayList<>();
        for (Roadmap r : plans) {
            int[] n = counts.getOrDefault(r.id, new int[3]);
            items.add(new Item(r.id, r.title, r.level, r.status, r.periodFrom, r.periodTo, r.approvalNumber, r.approvalDate,
                    r.school != null && r.school.id.equals(school.id), n[0], n[1], n[2]));
        }
        return items;
    }
}
