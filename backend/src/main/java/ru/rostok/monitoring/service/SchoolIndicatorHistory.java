package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.stats.Interval;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.monitoring.ValueType;
import ru.rostok.security.Scope;

/**
 * A school's monitoring over time, for its page: each indicator's value in every campaign that asked the school (closed
 * or published, and the open one where the school has handed in a value) beside the medians of the campaign's schools
 * and of the school's context cluster, and the school's submissions. The caller must see the school; the campaigns are
 * those the monitoring policy shows the caller. The school's values are one query whatever the number of campaigns; the
 * medians are kept between requests by {@link CampaignMedians}.
 */
@ApplicationScoped
public class SchoolIndicatorHistory {
    @Inject
    EntityManager em;

    @Inject
    MonitoringPolicy policy;

    @Inject
    CampaignMedians medians;

    /** A campaign that asked the school. */
    @Schema(name = "DossierCampaign", description = "A campaign that asked the school")
    public record CampaignRef(long id, String name, String academicYear, CampaignStatus status, LocalDate closesOn) {
    }

    /** One value of the school in one campaign, beside the medians. */
    @Schema(name = "DossierIndicatorValue", description = "The school's value in one campaign beside the medians of the campaign and of its cluster")
    public record Point(long campaignId,
                        @Schema(description = "The school's handed-in value; null when it gave none") Double value,
                        @Schema(description = "The sample the value rests on (a percent's denominator)") Integer sample,
                        @Schema(description = "The sample is below the indicator's minimum: shown, never judged") boolean belowMinSample,
                        @Schema(description = "95 % Wilson interval of the school's own share (percent values only)") Interval interval,
                        @Schema(description = "Median of the handed-in values of the campaign's schools (the region's; for a municipality's own campaign its schools'), samples below the minimum left out") Double regionMedian,
                        @Schema(description = "Median of the school's context cluster in the campaign's latest analysis run; null without a run") Double clusterMedian,
                        @Schema(description = "The school's context cluster in that run") Integer cluster) {
    }

    @Schema(name = "DossierIndicator", description = "One indicator of the school over every campaign, earliest first")
    public record Row(String code, String name, String unit, ValueType valueType, Direction direction, Integer minSample, List<Point> values) {
    }

    /** The school's cluster in a campaign's latest analysis run, and the schools in it. */
    public record ClusterMates(int cluster, Collection<Long> schoolIds) {
    }

    /** The school's campaigns the caller sees, the earliest closing first: closed or published, and open ones. */
    @SuppressWarnings("unchecked")
    public List<CampaignRef> campaigns(long schoolId) {
        Scope.Filter seen = policy.campaignsSql("c");
        Query q = em.createNativeQuery("""
                select c.id, c.name, c.academic_year, c.status, c.closes_on from campaign c
                join campaign_school cs on cs.campaign_id = c.id and cs.school_id = :school
                where c.status in ('OPEN', 'CLOSED', 'PUBLISHED') and\s""" + seen.jpql() + " order by c.closes_on, c.id")
                .setParameter("school", schoolId);
        seen.params().forEach(q::setParameter);
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new CampaignRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                CampaignStatus.valueOf((String) r[3]), r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4])).toList();
    }

    /**
     * Every indicator asked of schools in these campaigns with the school's values and the medians, in one query. An open
     * campaign is kept only where the school has handed in a value; {@code clusters} gives, per campaign, the school's cluster.
     */
    @SuppressWarnings("unchecked")
    public History of(long schoolId, List<CampaignRef> campaigns, Map<Long, ClusterMates> clusters) {
        if (campaigns.isEmpty()) {
            return new History(List.of(), List.of());
        }
        List<Object[]> rows = em.createNativeQuery(HISTORY)
                .setParameter("school", schoolId)
                .setParameter("campaigns", campaigns.stream().map(CampaignRef::id).toArray(Long[]::new))
                .getResultList();
        Map<Long, CampaignMedians.Stamp> stamps = medians.stamps(campaigns.stream().map(CampaignRef::id).toList());
        Map<Long, Map<Long, Double>> regionMedians = new HashMap<>();
        Map<Long, Map<Long, Double>> clusterMedians = new HashMap<>();
        campaigns.forEach(c -> {
            regionMedians.put(c.id(), medians.of(c.id(), null, stamps.get(c.id())));
            ClusterMates mates = clusters.get(c.id());
            if (mates != null) {
                clusterMedians.put(c.id(), medians.of(c.id(), new HashSet<>(mates.schoolIds()), stamps.get(c.id())));
            }
        });
        Map<Long, CampaignRef> byId = new LinkedHashMap<>();
        campaigns.forEach(c -> byId.put(c.id(), c));
        Map<Long, Boolean> openWithValue = new HashMap<>();
        Map<String, Row> indicators = new LinkedHashMap<>();
        Map<String, Map<Long, Point>> points = new HashMap<>();
        for (Object[] r : rows) {
            long campaign = ((Number) r[0]).longValue();
            String code = (String) r[1];
            long indicatorId = ((Number) r[10]).longValue();
            Integer minSample = r[6] == null ? null : ((Number) r[6]).intValue();
            indicators.putIfAbsent(code, new Row(code, (String) r[2], (String) r[3], ValueType.valueOf((String) r[4]),
                    Direction.valueOf((String) r[5]), minSample, new ArrayList<>()));
            Double value = r[7] == null ? null : ((Number) r[7]).doubleValue();
            Integer numerator = r[8] == null ? null : ((Number) r[8]).intValue();
            Integer sample = r[9] == null ? null : ((Number) r[9]).intValue();
            boolean below = value != null && !HandedInValues.Value.judged(sample == null ? 0 : sample, minSample);
            Interval interval = value != null && "PERCENT".equals(r[4]) && numerator != null && sample != null && sample > 0
                    ? Interval.wilson(numerator, sample).rounded(1) : null;
            ClusterMates mates = clusters.get(campaign);
            points.computeIfAbsent(code, k -> new HashMap<>()).put(campaign, new Point(campaign, value, sample, below, interval,
                    round(regionMedians.get(campaign).get(indicatorId)),
                    mates == null ? null : round(clusterMedians.get(campaign).get(indicatorId)), mates == null ? null : mates.cluster()));
            if (value != null) {
                openWithValue.put(campaign, true);
            }
        }
        List<CampaignRef> shown = byId.values().stream()
                .filter(c -> c.status() != CampaignStatus.OPEN || openWithValue.containsKey(c.id())).toList();
        List<Row> result = new ArrayList<>();
        indicators.forEach((code, row) -> {
            Map<Long, Point> byCampaign = points.get(code);
            shown.forEach(c -> {
                Point p = byCampaign.get(c.id());
                if (p != null) {
                    row.values().add(p);
                }
            });
            if (!row.values().isEmpty()) {
                result.add(row);
            }
        });
        return new History(shown, result);
    }

    public record History(List<CampaignRef> campaigns, List<Row> indicators) {
    }

    private static Double round(Double o) {
        return o == null ? null : Math.round(o * 100) / 100.0;
    }

    // the school's own handed-in (submitted or accepted) values; the medians come from CampaignMedians
    private static final String HISTORY = """
            select ci.campaign_id, i.code, i.name, i.unit, i.value_type, i.direction, i.min_sample,
                   own.value, own.numerator, own.denominator, i.id
            from campaign_indicator ci join indicator i on i.id = ci.indicator_id
            left join (select sub.campaign_id, v.indicator_id, v.value, v.numerator, v.denominator
                       from submission sub join indicator_value v on v.submission_id = sub.id
                       where sub.school_id = :school and sub.campaign_id = any(cast(:campaigns as bigint[]))
                         and sub.status in ('SUBMITTED', 'ACCEPTED') and v.value is not null) own
                   on own.campaign_id = ci.campaign_id and own.indicator_id = ci.indicator_id
            where ci.campaign_id = any(cast(:campaigns as bigint[])) and i.respondent = 'SCHOOL'
            order by ci.position, i.code, ci.campaign_id
            """;
}
