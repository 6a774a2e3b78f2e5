package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The medians of a campaign's handed-in values per indicator, of all its schools or of a group of them (a cluster), kept
 * between requests: a campaign of a region holds some 25,000 values a year and a school's page asks for four campaigns,
 * so sorting them on every view cost most of the page. An entry is used only while its campaign's data stamp — the count,
 * versions and last change of its handed-in submissions and the versions of its indicators — is unchanged; every write of
 * a value bumps its submission's version, so a stale median is never served.
 */
@ApplicationScoped
public class CampaignMedians {
    private static final int MAX_ENTRIES = 2_000;

    @Inject
    EntityManager em;

    /** What the medians of a campaign were computed from. */
    public record Stamp(long submissions, long versions, String lastChange, long indicatorVersions) {
    }

    private record Key(long campaignId, Set<Long> schools) {
    }

    private record Entry(Stamp stamp, Map<Long, Double> medians) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CampaignMedians.Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The data stamps of these campaigns, in one query. */
    @SuppressWarnings("unchecked")
    public Map<Long, Stamp> stamps(Collection<Long> campaignIds) {
        Map<Long, Stamp> stamps = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return stamps;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, h.n, h.versions, h.last_change,
                       (select coalesce(sum(i.version), 0) from campaign_indicator ci join indicator i on i.id = ci.indicator_id where ci.campaign_id = c.id)
                from campaign c cross join lateral (
                    select count(*) as n, coalesce(sum(s.version), 0) as versions, cast(max(s.updated_at) as text) as last_change
                    from submission s where s.campaign_id = c.id and s.status in ('SUBMITTED', 'ACCEPTED')) h
                where c.id = any(cast(:ids as bigint[]))""")
                .setParameter("ids", campaignIds.toArray(Long[]::new)).getResultList();
        for (Object[] r : rows) {
            stamps.put(((Number) r[0]).longValue(), new Stamp(((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue()));
        }
        return stamps;
    }

    /**
     * Median of each indicator asked of schools over the campaign's handed-in values — of every school, or of {@code schools}
     * only when not null — leaving out samples below the indicator's minimum.
     */
    public Map<Long, Double> of(long campaignId, Set<Long> schools, Stamp stamp) {
        Key key = new Key(campaignId, schools == null ? null : Set.copyOf(schools));
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.stamp().equals(stamp)) {
                return entry.medians();
            }
        }
        Map<Long, Double> medians = compute(campaignId, key.schools());
        synchronized (entries) {
            entries.put(key, new Entry(stamp, medians));
        }
        return medians;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Double> compute(long campaignId, Set<Long> schools) {
        Query q = em.createNativeQuery("""
                select v.indicator_id, percentile_cont(0.5) within group (order by v.value)
                from submission sub join indicator_value v on v.submission_id = sub.id
                join indicator i on i.id = v.indicator_id
                where sub.campaign_id = :campaign and sub.school_id is not null and sub.status in ('SUBMITTED', 'ACCEPTED')
                  and v.value is not null and i.respondent = 'SCHOOL'
                  and (i.min_sample is null or coalesce(v.denominator, 0) <= 0 or v.denominator >= i.min_sample)
                """ + (schools == null ? "" : " and sub.school_id = any(cast(:schools as bigint[]))") + " group by v.indicator_id")
                .setParameter("campaign", campaignId);
        if (schools != null) {
            q.setParameter("schools", schools.toArray(Long[]::new));
        }
        Map<Long, Double> medians = new HashMap<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            medians.put(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue());
        }
        return Map.copyOf(medians);
    }
}
