package ru.rostok.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For the management cycle (which checks the caller's scope): recommendations to each municipality and its schools. */
@ApplicationScoped
public class RecommendationsByMunicipality {
    /** How many recommendations were issued to the municipality, its bodies and schools, and how many are reported on. */
    public record Tally(long municipalityId, long issued, long reported) {
    }

    @Inject
    EntityManager em;

    /** One query over a region's municipalities, or with no region over the country; reported: done or not done, with a report. */
    @SuppressWarnings("unchecked")
    public Map<Long, Tally> tallies(Long regionId) {
        var query = em.createNativeQuery("""
                select r.municipality_id, count(*), count(*) filter (where r.status in ('DONE', 'NOT_DONE'))
                from recommendation r
                where r.municipality_id is not null""" + (regionId == null ? "" : " and r.region_id = :region") + """

                group by r.municipality_id""");
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        Map<Long, Tally> found = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            long municipality = ((Number) r[0]).longValue();
            found.put(municipality, new Tally(municipality, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return found;
    }
}
