package ru.rostok.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.rostok.analysis.AnalysisRun;
import ru.rostok.analysis.RunSummary;
import ru.rostok.analysis.engine.AnalysisEngine;
import ru.rostok.analysis.service.AnalysisViews;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.security.Scope;
import ru.rostok.school.service.SchoolPolicy;

/**
 * 004: «выбрать школу – партнера из школ с высокими позициями». Strong schools of the same context cluster, the same
 * municipality first, then those that are strong where the weak school is weak, then the strongest; when the cluster
 * has no strong school, the strong schools of the whole campaign, and the reason says so.
 */
@ApplicationScoped
public class PartnerSuggestions {
    @Inject
    AnalysisService analyses;

    @Inject
    Scope scope;

    @Inject
    SchoolPolicy schoolPolicy;

    public List<PartnershipViews.Suggestion> suggest(long runId, long schoolId) {
        AnalysisViews.School weak = analyses.school(runId, schoolId);
        AnalysisRun run = analyses.requireRun(runId);
        Set<String> weaknesses = new HashSet<>(weak.weaknesses());
        // only partners the caller could pair the school with: the schools of their own scope
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        List<PartnershipViews.Suggestion> all = new ArrayList<>();
        for (AnalysisService.StrongSchool strong : analyses.strongSchools(run.id, schoolId, inScope)) {
            boolean sameMunicipality = strong.municipalityId() == weak.school().municipalityId();
            boolean sameCluster = strong.cluster() == weak.school().cluster();
            List<String> helps = new ArrayList<>();
            Double[] scores = strong.scores();
            for (int i = 0; i < scores.length; i++) {
                String code = run.summary.indicators().get(i).code();
                if (scores[i] != null && scores[i] >= AnalysisEngine.MARKED && weaknesses.contains(code)) {
                    helps.add(code);
                }
            }
            all.add(new PartnershipViews.Suggestion(strong.schoolId(), strong.schoolName(), strong.municipalityId(), strong.municipalityName(),
                    strong.cluster(), strong.rank(), strong.composite(), sameMunicipality, sameCluster, helps,
                    reason(strong.rank(), run.ranked, sameMunicipality, sameCluster, helps, run.summary)));
        }
        boolean clusterHasStrong = all.stream().anyMatch(PartnershipViews.Suggestion::sameCluster);
        return all.stream().filter(s -> s.sameCluster() || !clusterHasStrong)
                .sorted(Comparator.comparing((PartnershipViews.Suggestion s) -> !s.sameMunicipality())
                        .thenComparing(s -> -s.helpsWith().size())
                        .thenComparing(PartnershipViews.Suggestion::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PartnershipViews.Suggestion::schoolId))
                .toList();
    }

    private static String reason(Integer rank, int ranked, boolean sameMunicipality, boolean sameCluster, List<String> helps, RunSummary summary) {
        List<String> parts = new ArrayList<>();
        parts.add("Сильная позиция (место " + rank + " из " + ranked + ")");
        parts.add(sameCluster ? "школа в похожих условиях (тот же кластер)" : "в кластере школы нет сильных школ — из всего мониторинга");
        parts.add(sameMunicipality ? "тот же муниципалитет" : "другой муниципалитет");
        if (!helps.isEmpty()) {
            parts.add("сильна там, где у школы слабые стороны: " + String.join(", ", helps.stream().map(code -> summary.indicators().stream()
                    .filter(i -> i.code().equals(code)).findFirst().map(RunSummary.IndicatorRef::name).orElse(code)).toList()));
        }
        return String.join("; ", parts);
    }
}
