package ru.rostok.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.rostok.analysis.AnalysisRun;
import ru.rostok.analysis.RunSummary;
import ru.rostok.analysis.engine.AnalysisEngine;
import ru.rostok.analysis.service.AnalysisStore;
import ru.rostok.analysis.rest.AnalysisViews;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.partnership.rest.PartnershipViews;
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
    EntityManager em;

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
        var query = em.createNativeQuery("""
                select a.school_id, s.short_name, a.municipality_id, m.name, a.cluster, a.rank_overall, a.composite, a.scores
                from analysis_school a join school s on s.id = a.school_id join municipality m on m.id = a.municipality_id
                where a.run_id = :run and a.position = 'STRONG' and a.school_id <> :school and\s""" + inScope.jpql())
                .setParameter("run", run.id).setParameter("school", schoolId);
        inScope.params().forEach(query::setParameter);
        List<?> rows = query.getResultList();
        List<PartnershipViews.Suggestion> all = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int cluster = ((Number) r[4]).intValue();
            boolean sameMunicipality = ((Number) r[2]).longValue() == weak.school().municipalityId();
            boolean sameCluster = cluster == weak.school().cluster();
            List<String> helps = new ArrayList<>();
            Double[] scores = AnalysisStore.numbers(r[7]);
            for (int i = 0; i < scores.length; i++) {
                String code = run.summary.indicators().get(i).code();
                if (scores[i] != null && scores[i] >= AnalysisEngine.MARKED && weaknesses.contains(code)) {
                    helps.add(code);
                }
            }
            Integer rank = r[5] == null ? null : ((Number) r[5]).intValue();
            all.add(new PartnershipViews.Suggestion(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3], cluster,
                    rank, r[6] == null ? null : ((Number) r[6]).doubleValue(), sameMunicipality, sameCluster, helps,
                    reason(rank, run.ranked, sameMunicipality, sameCluster, helps, run.summary)));
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
