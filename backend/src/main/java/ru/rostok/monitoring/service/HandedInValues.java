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

    /** A handed-in value of one school in one campaign, with the indicator's code and the sample it rests on. */
    public record CampaignValue(long campaignId, long schoolId, String code, double value, int sample, Integer minSample) {
        public boolean judged() {
            return Value.judged(sample, minSample);
        }
    }

    /**
     * Every handed-in value of these indicators in these campaigns, in one query: what the effect of support compares.
     * The indicators are narrowed to the ids the campaigns asked, so that the value's key (submission, indicator) is used.
     */
    public List<CampaignValue> inCampaigns(Collection<Long> campaignIds, Collection<String> codes) {
        if (campaignIds.isEmpty() || codes.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                select sub.campaign_id, sub.school_id, i.code, v.value, v.denominator, i.min_sample
                from submission sub join indicator_value v on v.submission_id = sub.id join indicator i on i.id = v.indicator_id
                where sub.campaign_id in (:c) and v.indicator_id in (select ci.indicator_id from campaign_indicator ci
                  join indicator x on x.id = ci.indicator_id where ci.campaign_id in (:c) and x.code in (:codes)) and\s""" + HANDED_IN)
                .setParameter("c", campaignIds).setParameter("codes", codes).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CampaignValue(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], ((Number) r[3]).doubleValue(), r[4] == null ? 0 : ((Number) r[4]).intValue(),
                r[5] == null ? null : ((Number) r[5]).intValue())).toList();
    }

    /** An indicator a campaign asked for: its code, name, unit and which way is better. */
    public record AskedIndicator(long campaignId, long indicatorId, String code, String name, String unit, String direction) {
    }

    /** The indicators these campaigns asked for, in the campaigns' order of indicators. */
    public List<AskedIndicator> askedIn(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                select ci.campaign_id, i.id, i.code, i.name, i.unit, i.direction from campaign_indicator ci
                join indicator i on i.id = ci.indicator_id where ci.campaign_id in (:c) order by ci.campaign_id, ci.position""")
                .setParameter("c", campaignIds).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new AskedIndicator(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    /** A closed or published campaign that asked some of the given schools: when it closed and which schools it asked. */
    public record RunCampaign(long id, String name, String academicYear, java.time.LocalDate closesOn, Long municipalityId) {
    }

    /** The region's closed and published campaigns that asked at least one of the schools, the earliest closing first. */
    public List<RunCampaign> runCampaignsAsking(long regionId, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                select c.id, c.name, c.academic_year, c.closes_on, c.municipality_id from campaign c
                where c.region_id = :r and c.status in ('CLOSED', 'PUBLISHED')
                and exists (select 1 from campaign_school cs where cs.campaign_id = c.id and cs.school_id in (:s))
                order by c.closes_on, c.id""").setParameter("r", regionId).setParameter("s", schoolIds).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new RunCampaign(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[3], r[4] == null ? null : ((Number) r[4]).longValue())).toList();
    }

    /** The region's own closed or published campaigns of schools (not a municipality's), the latest closing first. */
    public List<RunCampaign> closedCampaignsOfRegion(long regionId, int limit) {
        List<?> rows = em.createNativeQuery("""
                select c.id, c.name, c.academic_year, c.closes_on, c.municipality_id from campaign c
                where c.region_id = :r and c.municipality_id is null and c.respondent = 'SCHOOL' and c.status in ('CLOSED', 'PUBLISHED')
                order by c.closes_on desc, c.id desc limit :n""").setParameter("r", regionId).setParameter("n", limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new RunCampaign(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[3], null)).toList();
    }

    /** The schools each of these campaigns asked, in one query: campaign id → school ids. */
    public Map<Long, java.util.Set<Long>> schoolsAskedBy(Collection<Long> campaignIds) {
        Map<Long, java.util.Set<Long>> asked = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return asked;
        }
        List<?> rows = em.createNativeQuery("select campaign_id, school_id from campaign_school where campaign_id in (:c)")
                .setParameter("c", campaignIds).getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> asked.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.HashSet<>())
                .add(((Number) r[1]).longValue()));
        return asked;
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
