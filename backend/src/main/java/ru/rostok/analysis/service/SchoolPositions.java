package ru.rostok.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.engine.Position;
import ru.rostok.common.ApiException;
import ru.rostok.monitoring.service.SchoolIndicatorHistory.ClusterMates;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolPolicy;

/**
 * Where a school stood in each analysis run of the campaigns that asked it, and who shared its context cluster in each
 * campaign's latest run. The campaigns are those the caller sees (the analysis of a campaign is seen with the campaign);
 * the school must be one the caller sees. Other schools are never named: a cluster is given as ids for a median only.
 */
@ApplicationScoped
public class SchoolPositions {
    @Inject
    EntityManager em;

    @Inject
    SchoolPolicy schoolPolicy;

    @Schema(name = "DossierPosition", description = "The school in one analysis run: its position with the rule that gave it, composite and ranks")
    public record Item(long runId, long campaignId, OffsetDateTime runAt, Position position,
                       @Schema(description = "The rule that gave the position") String reason, Double composite,
                       @Schema(description = "Rank among the run's ranked schools (1 is the best)") Integer rankOverall,
                       @Schema(description = "Schools ranked in the run") int ranked,
                       @Schema(description = "The best rank the school could take given the 95 % intervals of its shares and of the others'") Integer rankLow,
                       @Schema(description = "The worst rank it could take given those intervals") Integer rankHigh,
                       Integer rankMunicipality,
                       @Schema(description = "Schools of the municipality ranked in the run") int rankedInMunicipality,
                       int cluster) {
    }

    /** Every run of these campaigns that placed the school, the earliest first; one query. */
    @SuppressWarnings("unchecked")
    public List<Item> of(School school, Collection<Long> campaignIds) {
        requireSeen(school);
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.campaign_id, r.created_at, a.position, a.reason, a.composite, a.rank_overall, r.ranked, a.rank_municipality,
                       a.rank_low, a.rank_high,
                       (select count(*) from analysis_school x where x.run_id = r.id and x.municipality_id = a.municipality_id
                          and x.rank_municipality is not null), a.cluster
                from analysis_run r join analysis_school a on a.run_id = r.id and a.school_id = :school
                where r.campaign_id = any(cast(:campaigns as bigint[]))
                order by r.created_at, r.id""")
                .setParameter("school", school.id).setParameter("campaigns", campaignIds.toArray(Long[]::new)).getResultList();
        List<Item> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new Item(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), time(r[2]), Position.valueOf((String) r[3]),
                    (String) r[4], r[5] == null ? null : Math.round(((Number) r[5]).doubleValue() * 1000) / 1000.0,
                    integer(r[6]), ((Number) r[7]).intValue(), integer(r[9]), integer(r[10]), integer(r[8]),
                    ((Number) r[11]).intValue(), ((Number) r[12]).intValue()));
        }
        return items;
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    /** Per campaign, the school's cluster in the campaign's latest run and the schools in that cluster; one query. */
    @SuppressWarnings("unchecked")
    public Map<Long, ClusterMates> clusterMates(School school, Collection<Long> campaignIds) {
        requireSeen(school);
        Map<Long, ClusterMates> found = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("""
                with latest as (
                    select distinct on (campaign_id) id, campaign_id from analysis_run
                    where campaign_id = any(cast(:campaigns as bigint[])) order by campaign_id, created_at desc, id desc
                )
                select l.campaign_id, a.cluster, array_agg(x.school_id)
                from latest l join analysis_school a on a.run_id = l.id and a.school_id = :school
                join analysis_school x on x.run_id = l.id and x.cluster = a.cluster
                group by l.campaign_id, a.cluster""")
                .setParameter("school", school.id).setParameter("campaigns", campaignIds.toArray(Long[]::new)).getResultList();
        for (Object[] r : rows) {
            List<Long> ids = new ArrayList<>();
            for (Object id : toArray(r[2])) {
                ids.add(((Number) id).longValue());
            }
            found.put(((Number) r[0]).longValue(), new ClusterMates(((Number) r[1]).intValue(), ids));
        }
        return found;
    }

    private void requireSeen(School school) {
        if (!schoolPolicy.sees(school)) {
            throw ApiException.notFound("school.notFound", school.id);
        }
    }

    private static Object[] toArray(Object o) {
        try {
            return o instanceof java.sql.Array a ? (Object[]) a.getArray() : (Object[]) o;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime time(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
