package ru.rostok.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.analysis.engine.Position;
import ru.rostok.monitoring.IndicatorCategory;

/**
 * For trends and comparisons (which check the caller's scope): where the latest analysis of each campaign placed its
 * schools, set-based.
 */
@ApplicationScoped
public class AnalysisPlacements {
    /** The latest run of a campaign. */
    public record LatestRun(long campaignId, long runId, OffsetDateTime createdAt) {
    }

    /** A school as a run placed it: cluster, composite (null when none), position and each category's score (null when none). */
    public record Placement(long runId, long schoolId, long municipalityId, int cluster, Double composite, Position position,
                            Map<IndicatorCategory, Double> categories) {
    }

    @Inject
    EntityManager em;

    /** The latest run of each of these campaigns that has one, in one query. */
    public Map<Long, LatestRun> latestRuns(Collection<Long> campaignIds) {
        Map<Long, LatestRun> found = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return found;
        }
        List<?> rows = em.createNativeQuery("""
                select distinct on (campaign_id) campaign_id, id, created_at from analysis_run where campaign_id in (:c)
                order by campaign_id, created_at desc, id desc""").setParameter("c", campaignIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long campaign = ((Number) r[0]).longValue();
            OffsetDateTime at = r[2] instanceof OffsetDateTime o ? o : r[2] instanceof java.time.Instant i
                    ? i.atOffset(java.time.ZoneOffset.UTC) : ((java.sql.Timestamp) r[2]).toInstant().atOffset(java.time.ZoneOffset.UTC);
            found.put(campaign, new LatestRun(campaign, ((Number) r[1]).longValue(), at));
        }
        return found;
    }

    /** Every school of these runs, in one query. */
    public List<Placement> placements(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        IndicatorCategory[] order = IndicatorCategory.values();
        List<?> rows = em.createNativeQuery("""
                select run_id, school_id, municipality_id, cluster, composite, position, categories from analysis_school
                where run_id in (:r)""").setParameter("r", runIds).getResultList();
        return rows.stream().map(x -> (Object[]) x).map(r -> {
            Double[] scores = AnalysisStore.numbers(r[6]);
            Map<IndicatorCategory, Double> categories = new java.util.EnumMap<>(IndicatorCategory.class);
            for (int i = 0; i < scores.length && i < order.length; i++) {
                if (scores[i] != null && !scores[i].isNaN()) {
                    categories.put(order[i], scores[i]);
                }
            }
            Double composite = r[4] == null || ((Number) r[4]).doubleValue() != ((Number) r[4]).doubleValue() ? null : ((Number) r[4]).doubleValue();
            return new Placement(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), composite, Position.valueOf((String) r[5]), categories);
        }).toList();
    }
}
