package ru.rostok.trends.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ru.rostok.analysis.service.AnalysisPlacements;
import ru.rostok.common.ApiException;
import ru.rostok.common.stats.Interval;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.ValueType;
import ru.rostok.monitoring.service.IndicatorSeries;
import ru.rostok.monitoring.service.IndicatorSeries.SeriesCampaign;
import ru.rostok.monitoring.service.IndicatorService;

/**
 * An indicator, or the composite index of the analyses, of a group of schools across the region's closed and published
 * campaigns: the spread, the mean with its interval, a percent's pooled share, and whether it changed.
 */
@ApplicationScoped
public class TrendsService {
    public static final String COMPOSITE = "composite";
    static final String METHOD = "По каждой кампании мониторинга берутся значения школ группы. Значение, рассчитанное на выборке меньше "
            + "минимальной для показателя (например, процент по трём ученикам), показывается, но в расчёт не идёт — таких значений "
            + "столько, сколько указано в столбце «ниже мин. выборки». Разброс — наименьшее, нижний квартиль (четверть школ ниже), "
            + "медиана (половина школ ниже), верхний квартиль (четверть школ выше) и наибольшее, как их считает Excel (КВАРТИЛЬ.ВКЛ). "
            + "Среднее дано с 95-процентным доверительным интервалом Стьюдента; для процентного показателя — ещё и общая доля: "
            + "сумма числителей, делённая на сумму знаменателей, с интервалом Уилсона. Чем меньше школ, тем шире интервал. "
            + "«Лучше» или «хуже» прошлой кампании говорится, только если интервалы средних не пересекаются; иначе — «разница не доказана». "
            + "Композитный индекс — из последнего анализа каждой кампании.";

    @Inject
    TrendsPolicy policy;

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorSeries series;

    @Inject
    AnalysisPlacements analysis;

    /** One school's value in one campaign. */
    record Observation(long campaignId, long schoolId, long municipalityId, double value, Integer numerator, Integer denominator,
                       boolean judged) {
    }

    public TrendView trend(Long indicatorId, String indicator, Long regionId, Long municipalityId, Integer cluster, Long schoolId) {
        boolean composite = indicatorId == null && COMPOSITE.equals(indicator);
        if (indicatorId == null && !composite) {
            throw ApiException.invalid("indicatorId", "trends.measureRequired");
        }
        TrendsPolicy.Subject subject = policy.subject(regionId, municipalityId, cluster, schoolId);
        TrendView.Measure measure;
        List<SeriesCampaign> campaigns;
        if (composite) {
            measure = new TrendView.Measure(null, COMPOSITE, "Композитный индекс", "баллы", Direction.HIGHER_BETTER.name(), false, null);
            campaigns = series.campaignsOf(subject.regionId());
        } else {
            Indicator ind = indicators.require(indicatorId);
            if (ind.region.id != subject.regionId()) {
                throw ApiException.invalid("indicatorId", "trends.indicatorOfAnotherRegion");
            }
            if (ind.respondent != Respondent.SCHOOL) {
                throw ApiException.invalid("indicatorId", "trends.indicatorOfMunicipalities");
            }
            measure = new TrendView.Measure(ind.id, ind.code, ind.name, ind.unit, ind.direction.name(), ind.valueType == ValueType.PERCENT,
                    ind.minSample);
            campaigns = series.campaignsAsking(subject.regionId(), ind.code);
        }
        List<Long> campaignIds = campaigns.stream().map(SeriesCampaign::id).toList();
        boolean needRuns = composite || subject.cluster() != null;
        Map<Long, AnalysisPlacements.LatestRun> runs = needRuns ? analysis.latestRuns(campaignIds) : Map.of();
        Map<Long, Long> runOfCampaign = runs.values().stream()
                .collect(Collectors.toMap(AnalysisPlacements.LatestRun::campaignId, AnalysisPlacements.LatestRun::runId));
        Map<Long, Long> campaignOfRun = runs.values().stream()
                .collect(Collectors.toMap(AnalysisPlacements.LatestRun::runId, AnalysisPlacements.LatestRun::campaignId));
        List<AnalysisPlacements.Placement> placed = needRuns ? analysis.placements(runOfCampaign.values()) : List.of();
        Map<Long, Map<Long, Integer>> clusters = new HashMap<>(); // campaign → school → cluster
        List<Observation> observations = new ArrayList<>();
        for (AnalysisPlacements.Placement p : placed) {
            long campaign = campaignOfRun.get(p.runId());
            clusters.computeIfAbsent(campaign, k -> new HashMap<>()).put(p.schoolId(), p.cluster());
            if (composite && p.composite() != null) {
                observations.add(new Observation(campaign, p.schoolId(), p.municipalityId(), p.composite(), null, null, true));
            }
        }
        if (!composite) {
            for (IndicatorSeries.SeriesValue v : series.values(campaignIds, measure.code())) {
                observations.add(new Observation(v.campaignId(), v.schoolId(), v.municipalityId(), v.value(), v.numerator(), v.denominator(),
                        v.judged()));
            }
        }
        Map<Long, List<Observation>> byCampaign = observations.stream().collect(Collectors.groupingBy(Observation::campaignId));

        List<TrendView.Point> points = new ArrayList<>();
        Interval previous = null;
        boolean first = true;
        for (SeriesCampaign c : campaigns) {
            List<Observation> all = byCampaign.getOrDefault(c.id(), List.of());
            Predicate<Observation> inGroup = member(subject, clusters.getOrDefault(c.id(), Map.of()));
            List<Observation> group = all.stream().filter(inGroup).toList();
            if (group.isEmpty()) {
                continue;
            }
            List<Observation> used = group.stream().filter(Observation::judged).toList();
            List<Double> values = used.stream().map(Observation::value).toList();
            Spread region = subject.kind().equals("REGION") ? null
                    : Spread.of(all.stream().filter(Observation::judged).map(Observation::value).toList());
            TrendView.Point point;
            Interval compared;
            if (subject.schoolId() != null) {
                Observation o = group.get(0);
                Interval wilson = measure.percent() && o.numerator() != null && o.denominator() != null && o.denominator() > 0
                        ? Interval.wilson(o.numerator(), o.denominator()) : null;
                compared = o.judged() ? wilson : null;
                point = new TrendView.Point(c.id(), c.name(), c.academicYear(), c.closesOn(), runOfCampaign.get(c.id()), used.size(),
                        group.size() - used.size(), null, null, null, Spread.round(o.value()), wilson == null ? null : wilson.rounded(1),
                        !o.judged(), region, first ? null : change(previous, compared, measure.direction()));
            } else {
                Interval mean = Interval.mean(values);
                compared = mean;
                point = new TrendView.Point(c.id(), c.name(), c.academicYear(), c.closesOn(), runOfCampaign.get(c.id()), used.size(),
                        group.size() - used.size(), Spread.of(values), mean == null ? null : mean.rounded(2),
                        measure.percent() ? pooled(used) : null, null, null, false, region,
                        first ? null : change(previous, compared, measure.direction()));
            }
            points.add(point);
            previous = compared;
            first = false;
        }
        return new TrendView(subject.kind(), subject.id(), subject.name(), subject.regionId(), measure, points, METHOD);
    }

    private static Predicate<Observation> member(TrendsPolicy.Subject s, Map<Long, Integer> clusterOfSchool) {
        return switch (s.kind()) {
            case "SCHOOL" -> o -> o.schoolId() == s.schoolId();
            case "MUNICIPALITY" -> o -> o.municipalityId() == s.municipalityId();
            case "CLUSTER" -> o -> s.cluster().equals(clusterOfSchool.get(o.schoolId()));
            default -> o -> true;
        };
    }

    /** The group's share: every numerator over every denominator, of the values that have both. */
    private static Interval pooled(List<Observation> used) {
        int successes = 0;
        int total = 0;
        for (Observation o : used) {
            if (o.numerator() != null && o.denominator() != null && o.denominator() > 0) {
                successes += o.numerator();
                total += o.denominator();
            }
        }
        Interval share = Interval.wilson(successes, total);
        return share == null ? null : share.rounded(1);
    }

    static TrendView.Change change(Interval before, Interval after, String direction) {
        if (before == null || after == null) {
            return new TrendView.Change("NONE", "нет интервала для сравнения");
        }
        if (!after.differsFrom(before)) {
            return new TrendView.Change("NOT_PROVEN", "разница не доказана");
        }
        boolean up = after.estimate() > before.estimate();
        return switch (Direction.valueOf(direction)) {
            case HIGHER_BETTER -> up ? new TrendView.Change("BETTER", "лучше") : new TrendView.Change("WORSE", "хуже");
            case LOWER_BETTER -> up ? new TrendView.Change("WORSE", "хуже") : new TrendView.Change("BETTER", "лучше");
            case CONTEXT -> up ? new TrendView.Change("HIGHER", "выше") : new TrendView.Change("LOWER", "ниже");
        };
    }
}
