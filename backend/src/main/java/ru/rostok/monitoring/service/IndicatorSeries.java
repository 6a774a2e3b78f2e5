package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * For trends (which checks the caller's scope): one indicator, by its code, across a region's closed and published
 * campaigns of schools, and every handed-in value of it, set-based.
 */
@ApplicationScoped
public class IndicatorSeries {
    /** A closed or published campaign of schools, and the revision of the indicator it asked. */
    public record SeriesCampaign(long id, String name, String academicYear, LocalDate closesOn, Long municipalityId, String status) {
    }

    /** A handed-in value: the school and its municipality, the number, its numerator and denominator, the indicator's minimum sample. */
    public record SeriesValue(long campaignId, long schoolId, long municipalityId, double value, Integer numerator, Integer denominator,
                              Integer minSample) {
        /** A value below the indicator's minimum sample is shown but never used in statistics. */
        public boolean judged() {
            return HandedInValues.Value.judged(denominator == null ? 0 : denominator, minSample);
        }
    }

    @Inject
    EntityManager em;

    /** The region's closed and published campaigns of schools that asked an indicator of this code, the earliest closing first. */
    public List<SeriesCampaign> campaignsAsking(long regionId, String code) {
        return campaigns("""
                and exists (select 1 from campaign_indicator ci join indicator i on i.id = ci.indicator_id
                where ci.campaign_id = c.id and i.code = :code)""", regionId, code);
    }

    /** The region's closed and published campaigns of schools, the earliest closing first. */
    public List<SeriesCampaign> campaignsOf(long regionId) {
        return campaigns("", regionId, null);
    }

    private List<SeriesCampaign> campaigns(String condition, long regionId, String code) {
        var q = em.createNativeQuery("""
                select c.id, c.name, c.academic_year, c.closes_on, c.municipality_id, c.status from campaign c
                where c.region_id = :r and c.status in ('CLOSED', 'PUBLISHED') and c.respondent = 'SCHOOL'\s""" + condition
                + " order by c.closes_on, c.id").setParameter("r", regionId);
        if (code != null) {
            q.setParameter("code", code);
        }
        List<?> rows = q.getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new SeriesCampaign(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3], r[4] == null ? null : ((Number) r[4]).longValue(),
                (String) r[5])).toList();
    }

    /** Every value schools handed in (submitted or accepted) for an indicator of this code in these campaigns, in one query. */
    public List<SeriesValue> values(Collection<Long> campaignIds, String code) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                select sub.campaign_id, sub.school_id, s.municipality_id, v.value, v.numerator, v.denominator, i.min_sample
                from submission sub join school s on s.id = sub.school_id
                join indicator_value v on v.submission_id = sub.id join indicator i on i.id = v.indicator_id
                where sub.campaign_id in (:c) and i.code = :code and i.respondent = 'SCHOOL'
                and sub.status in ('SUBMITTED', 'ACCEPTED') and v.value is not null""")
                .setParameter("c", campaignIds).setParameter("code", code).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new SeriesValue(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).doubleValue(), r[4] == null ? null : ((Number) r[4]).intValue(),
                r[5] == null ? null : ((Number) r[5]).intValue(), r[6] == null ? null : ((Number) r[6]).intValue())).toList();
    }
}
