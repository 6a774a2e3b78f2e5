package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.TargetStatus;

/**
 * The actual value of an indicator for a set of schools, and a target judged against it. The actual is read from the
 * latest monitoring (closed or published) of the region in which those schools have accepted values of the indicator's
 * code: one school's value, or the median of several. A value whose sample (a percent's denominator) is below the
 * indicator's minimum carries no verdict; a median counts only the values that do. These are aggregates of a plan's or a
 * decision's own schools, read whatever the caller's scope: whoever sees the plan sees how far it got.
 */
@ApplicationScoped
public class IndicatorActuals {
    @Inject
    EntityManager em;

    /** Whose values count: a school; a municipality's schools; a region's; narrowed to some schools (a list's) if given. */
    public record Schools(long regionId, Long municipalityId, Long schoolId, Collection<Long> only) {
        public static Schools of(long regionId, Long municipalityId, Long schoolId) {
            return new Schools(regionId, municipalityId, schoolId, null);
        }
    }

    /** The actual of one code in one campaign. */
    public record Actual(String code, BigDecimal value, int schools, int belowSample, long campaignId, String campaignName,
                         String academicYear) {
    }

    /** An indicator named with a target. */
    public record Target(long indicatorId, BigDecimal targetValue) {
    }

    /** Each target checked against the latest actual, in the order given. */
    public List<TargetCheck> check(Schools schools, List<Target> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<Long, Indicator> indicators = new HashMap<>();
        Indicator.<Indicator>list("id in ?1", targets.stream().map(Target::indicatorId).toList()).forEach(i -> indicators.put(i.id, i));
        Set<String> codes = new LinkedHashSet<>();
        indicators.values().forEach(i -> codes.add(i.code));
        Map<String, Actual> actuals = latest(schools, codes, null, null);
        List<TargetCheck> checks = new ArrayList<>();
        for (Target t : targets) {
            Indicator i = indicators.get(t.indicatorId());
            if (i != null) {
                checks.add(check(i, t.targetValue(), actuals.get(i.code)));
            }
        }
        return checks;
    }

    static TargetCheck check(Indicator i, BigDecimal target, Actual a) {
        TargetStatus status;
        String note = null;
        if (a == null) {
            status = TargetStatus.NO_DATA;
            note = "нет значений в закрытых мониторингах";
        } else if (a.value() == null) {
            status = TargetStatus.NO_DATA;
            note = "выборка меньше минимальной (" + a.belowSample() + ")";
        } else if (target == null) {
            status = TargetStatus.NO_DATA;
            note = "целевое значение не задано";
        } else {
            int sign = a.value().compareTo(target);
            status = (i.direction == Direction.LOWER_BETTER ? sign <= 0 : sign >= 0) ? TargetStatus.REACHED : TargetStatus.NOT_YET;
        }
        return new TargetCheck(i.id, i.code, i.name, i.unit, i.direction, target, status, a == null ? null : a.value(),
                a == null ? null : a.schools(), a == null ? null : a.campaignId(), a == null ? null : a.campaignName(),
                a == null ? null : a.academicYear(), note);
    }

    /**
     * The actual of each code in the latest campaign that has values of it for these schools, closing within the bounds
     * given (closedBy: on or before; closedAfter: strictly after; either may be null).
     */
    public Map<String, Actual> latest(Schools schools, Collection<String> codes, LocalDate closedBy, LocalDate closedAfter) {
        if (codes.isEmpty() || (schools.only() != null && schools.only().isEmpty())) {
            return Map.of();
        }
        StringBuilder wanted = new StringBuilder("select s.id from school s join municipality m on m.id = s.municipality_id where m.region_id = :r");
        Map<String, Object> params = new HashMap<>();
        params.put("r", schools.regionId());
        params.put("codes", codes);
        if (schools.municipalityId() != null) {
            wanted.append(" and s.municipality_id = :m");
            params.put("m", schools.municipalityId());
        }
        if (schools.schoolId() != null) {
            wanted.append(" and s.id = :s");
            params.put("s", schools.schoolId());
        }
        if (schools.only() != null) {
            wanted.append(" and s.id in (:only)");
            params.put("only", schools.only());
        }
        StringBuilder campaigns = new StringBuilder();
        if (closedBy != null) {
            campaigns.append(" and c.closes_on <= :closedBy");
            params.put("closedBy", closedBy);
        }
        if (closedAfter != null) {
            campaigns.append(" and c.closes_on > :closedAfter");
            params.put("closedAfter", closedAfter);
        }
        Query q = em.createNativeQuery("with wanted as (" + wanted + "), "
                + "handed as (select sub.campaign_id, sub.school_id, v.indicator_id, v.value, v.denominator from submission sub "
                + "join wanted w on w.id = sub.school_id join indicator_value v on v.submission_id = sub.id "
                + "where sub.status = 'ACCEPTED' and v.value is not null), "
                + "latest as (select distinct on (i.code) i.code, i.id as indicator_id, i.min_sample, c.id as campaign_id, c.name, c.academic_year "
                + "from campaign c join campaign_indicator ci on ci.campaign_id = c.id join indicator i on i.id = ci.indicator_id "
                + "where c.region_id = :r and c.status in ('CLOSED', 'PUBLISHED') and i.code in (:codes)" + campaigns
                + " and exists (select 1 from handed h where h.campaign_id = c.id and h.indicator_id = i.id) "
                + "order by i.code, c.closes_on desc, c.id desc) "
                + "select l.code, l.campaign_id, l.name, l.academic_year, l.min_sample, h.value, h.denominator "
                + "from latest l join handed h on h.campaign_id = l.campaign_id and h.indicator_id = l.indicator_id");
        params.forEach(q::setParameter);
        Map<String, List<Object[]>> rows = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            rows.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
        }
        Map<String, Actual> actuals = new HashMap<>();
        rows.forEach((code, list) -> {
            Object[] first = list.get(0);
            Integer minSample = first[4] == null ? null : ((Number) first[4]).intValue();
            List<BigDecimal> judged = new ArrayList<>();
            int below = 0;
            for (Object[] r : list) {
                int sample = r[6] == null ? 0 : ((Number) r[6]).intValue();
                if (HandedInValues.Value.judged(sample, minSample)) {
                    judged.add((BigDecimal) r[5]);
                } else {
                    below++;
                }
            }
            actuals.put(code, new Actual(code, median(judged), judged.size(), below, ((Number) first[1]).longValue(), (String) first[2],
                    (String) first[3]));
        });
        return actuals;
    }

    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        return m;
    }
}
