package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values schools have handed in (submitted or accepted) in a campaign, by indicator code, with the sample each
 * rests on: what the identification rules and the risk profiles judge.
 */
@ApplicationScoped
public class HandedInValues {
    @Inject
    EntityManager em;

    /** One handed-in value: the number, its sample (a percent's denominator, 0 when unknown), the indicator's minimum. */
    public record Value(String code, String name, double value, int sample, Integer minSample) {
        /** Whether the value can carry a verdict: a sample below the indicator's minimum cannot. */
        public boolean judged() {
            return judged(sample, minSample);
        }

        public static boolean judged(int sample, Integer minSample) {
            return minSample == null || sample <= 0 || sample >= minSample;
        }
    }

    /** Every school's values of these indicators in the campaign, by school and code. */
    public Map<Long, Map<String, Value>> bySchool(long campaignId, Collection<String> codes) {
        Map<Long, Map<String, Value>> values = new HashMap<>();
        // a campaign of municipalities has no school's values: its submissions are the municipalities'
        Query q = em.createNativeQuery(SELECT + "where sub.campaign_id = :c and sub.school_id is not null and i.code in (:codes) and " + HANDED_IN)
                .setParameter("c", campaignId).setParameter("codes", codes);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            values.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put((String) r[1], value(r));
        }
        return values;
    }

    /** One school's values in the campaign, by code. */
    public Map<String, Value> ofSchool(long campaignId, long schoolId) {
        Map<String, Value> values = new HashMap<>();
        Query q = em.createNativeQuery(SELECT + "where sub.campaign_id = :c and sub.school_id = :s and " + HANDED_IN)
                .setParameter("c", campaignId).setParameter("s", schoolId);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            values.put((String) r[1], value(r));
        }
        return values;
    }

    /** A campaign in which a school handed in its data. */
    public record HandedInCampaign(long id, String name, String academicYear) {
    }

    /** The campaigns in which the school handed in its data (submitted or accepted), the latest closing first. */
    public List<HandedInCampaign> campaignsOf(long schoolId) {
        List<?> rows = em.createNativeQuery("""
                select c.id, c.name, c.academic_year from submission sub join campaign c on c.id = sub.campaign_id
                where sub.school_id = :s and sub.status in ('SUBMITTED', 'ACCEPTED') order by c.closes_on desc, c.id desc""")
                .setParameter("s", schoolId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new HandedInCampaign(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    private static final String SELECT = """
            select sub.school_id, i.code, i.name, v.value, v.denominator, i.min_sample
            from submission sub join indicator_value v on v.submission_id = sub.id join indicator i on i.id = v.indicator_id
            """;
    private static final String HANDED_IN = "sub.status in ('SUBMITTED', 'ACCEPTED') and v.value is not null";

    private static Value value(Object[] r) {
        return new Value((String) r[1], (String) r[2], ((Number) r[3]).doubleValue(), r[4] == null ? 0 : ((Number) r[4]).intValue(),
                r[5] == null ? null : ((Number) r[5]).intValue());
    }
}
