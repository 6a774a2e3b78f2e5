package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Set-based reads of the monitoring by municipality, for the management cycle (which checks the caller's scope):
 * each a single query over a region's municipalities, or with no region over the whole country.
 */
@ApplicationScoped
public class MonitoringByMunicipality {
    /** The latest campaign (open, closed or published) that asks the municipality's schools, and how many it accepted. */
    public record Coverage(long municipalityId, long campaignId, String campaignName, long asked, long accepted) {
    }

    /** A school's latest campaign whose values of it were accepted. */
    public record LastAccepted(long schoolId, long campaignId, LocalDate opensOn) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Map<Long, Coverage> latestCoverage(Long regionId) {
        var query = em.createNativeQuery("""
                select distinct on (s.municipality_id) s.municipality_id, c.id, c.name, count(*),
                       count(sub.id) filter (where sub.status = 'ACCEPTED')
                from campaign c
                join campaign_school cs on cs.campaign_id = c.id
                join school s on s.id = cs.school_id
                left join submission sub on sub.campaign_id = c.id and sub.school_id = s.id
                where c.status in ('OPEN', 'CLOSED', 'PUBLISHED')""" + (regionId == null ? "" : " and c.region_id = :region") + """

                group by s.municipality_id, c.id
                order by s.municipality_id, c.opens_on desc, c.id desc""");
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        Map<Long, Coverage> found = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            long municipality = ((Number) r[0]).longValue();
            found.put(municipality, new Coverage(municipality, ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()));
        }
        return found;
    }

    /** For each of the schools with any accepted values: the latest campaign (by its opening) that accepted them. */
    @SuppressWarnings("unchecked")
    public Map<Long, LastAccepted> lastAccepted(Collection<Long> schoolIds) {
        Map<Long, LastAccepted> found = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return found;
        }
        var rows = (List<Object[]>) em.createNativeQuery("""
                select distinct on (sub.school_id) sub.school_id, c.id, c.opens_on
                from submission sub join campaign c on c.id = sub.campaign_id
                where sub.status = 'ACCEPTED' and sub.school_id = any(cast(:schools as bigint[]))
                order by sub.school_id, c.opens_on desc, c.id desc""")
                .setParameter("schools", schoolIds.toArray(Long[]::new)).getResultList();
        for (Object[] r : rows) {
            long school = ((Number) r[0]).longValue();
            found.put(school, new LastAccepted(school, ((Number) r[1]).longValue(), (LocalDate) r[2]));
        }
        return found;
    }

    /** A municipality's latest open campaign of schools: how many of its schools it asks and how many have handed in. */
    public record OpenSubmissions(long municipalityId, long campaignId, String campaignName, long asked, long handedIn) {
    }

    /** For each municipality with an open campaign of schools: the latest one (by its opening) and its hand-ins. */
    @SuppressWarnings("unchecked")
    public Map<Long, OpenSubmissions> openSubmissions(long regionId) {
        var rows = (List<Object[]>) em.createNativeQuery("""
                select distinct on (s.municipality_id) s.municipality_id, c.id, c.name, count(*),
                       count(sub.id) filter (where sub.status in ('SUBMITTED', 'ACCEPTED'))
                from campaign c
                join campaign_school cs on cs.campaign_id = c.id
                join school s on s.id = cs.school_id
                left join submission sub on sub.campaign_id = c.id and sub.school_id = s.id
                where c.status = 'OPEN' and c.respondent = 'SCHOOL' and c.region_id = :region
                group by s.municipality_id, c.id
                order by s.municipality_id, c.opens_on desc, c.id desc""").setParameter("region", regionId).getResultList();
        Map<Long, OpenSubmissions> found = new HashMap<>();
        for (Object[] r : rows) {
            long municipality = ((Number) r[0]).longValue();
            found.put(municipality, new OpenSubmissions(municipality, ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()));
        }
        return found;
    }
}
