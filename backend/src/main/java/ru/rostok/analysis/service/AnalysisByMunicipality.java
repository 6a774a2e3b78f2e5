package ru.rostok.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For the management cycle (which checks the caller's scope): the latest analysis that placed each municipality's schools. */
@ApplicationScoped
public class AnalysisByMunicipality {
    public record LatestRun(long municipalityId, long runId, long campaignId) {
    }

    @Inject
    EntityManager em;

    /** One query over a region's municipalities, or with no region over the country; a regional run counts for each municipality it placed. */
    @SuppressWarnings("unchecked")
    public Map<Long, LatestRun> latestRuns(Long regionId) {
        var query = em.createNativeQuery("""
                select distinct on (placed.municipality_id) placed.municipality_id, r.id, r.campaign_id
                from analysis_run r
                join lateral (select distinct a.municipality_id from analysis_school a where a.run_id = r.id) placed on true
                join municipality m on m.id = placed.municipality_id""" + (regionId == null ? "" : " where m.region_id = :region") + """

                order by placed.municipality_id, r.created_at desc, r.id desc""");
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        Map<Long, LatestRun> found = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            long municipality = ((Number) r[0]).longValue();
            found.put(municipality, new LatestRun(municipality, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return found;
    }
}
