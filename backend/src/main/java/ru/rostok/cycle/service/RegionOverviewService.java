package ru.rostok.cycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rostok.common.ApiException;
import ru.rostok.common.stats.Interval;
import ru.rostok.monitoring.service.HandedInValues;
import ru.rostok.monitoring.service.MonitoringByMunicipality;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.service.RoadmapsByMunicipality;

/**
 * The region's overview: the last two closed campaigns compared indicator by indicator, where a change is called
 * better or worse only when the 95 % intervals of the two means do not overlap; and the municipalities behind, read
 * with the same set-based reads as the management cycle.
 */
@ApplicationScoped
public class RegionOverviewService {
    @Inject
    CyclePolicy policy;

    @Inject
    CycleService cycle;

    @Inject
    HandedInValues values;

    @Inject
    MonitoringByMunicipality monitoring;

    @Inject
    RoadmapsByMunicipality roadmaps;

    public RegionOverview overview(long regionId) {
        policy.requireOverview(regionId);
        String name = cycle.regionName(regionId);
        if (name == null) {
            throw ApiException.notFound("cycle.regionNotFound", regionId);
        }
        LocalDate today = LocalDate.now();
        List<CycleService.Municipality> municipalities = cycle.municipalities(regionId, null);
        List<HandedInValues.RunCampaign> closed = values.closedCampaignsOfRegion(regionId, 2);
        RegionOverview.CampaignRef latest = closed.isEmpty() ? null : ref(closed.get(0));
        RegionOverview.CampaignRef previous = closed.size() < 2 ? null : ref(closed.get(1));
        return new RegionOverview(regionId, name, today, latest, previous, changes(latest, previous), submissions(regionId, municipalities),
                reports(regionId, municipalities, today), plans(regionId, municipalities, today));
    }

    private static RegionOverview.CampaignRef ref(HandedInValues.RunCampaign c) {
        return new RegionOverview.CampaignRef(c.id(), c.name(), c.academicYear(), c.closesOn());
    }

    /** The indicators asked in both campaigns, in the latest campaign's order; with one campaign only, its numbers alone. */
    private List<RegionOverview.Change> changes(RegionOverview.CampaignRef latest, RegionOverview.CampaignRef previous) {
        if (latest == null) {
            return List.of();
        }
        List<Long> ids = previous == null ? List.of(latest.id()) : List.of(latest.id(), previous.id());
        Map<String, HandedInValues.AskedIndicator> asked = new LinkedHashMap<>();
        Set<String> askedBefore = new HashSet<>();
        for (HandedInValues.AskedIndicator a : values.askedIn(ids)) {
            if (a.campaignId() == latest.id()) {
                asked.put(a.code(), a);
            } else {
                askedBefore.add(a.code());
            }
        }
        if (previous != null) {
            asked.keySet().retainAll(askedBefore);
        }
        Map<String, List<Double>> after = new HashMap<>();
        Map<String, List<Double>> before = new HashMap<>();
        for (HandedInValues.CampaignValue v : values.inCampaigns(ids, asked.keySet())) {
            if (v.judged()) {
                (v.campaignId() == latest.id() ? after : before).computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v.value());
            }
        }
        List<RegionOverview.Change> changes = new ArrayList<>();
        for (HandedInValues.AskedIndicator a : asked.values()) {
            List<Double> x = before.getOrDefault(a.code(), List.of());
            List<Double> y = after.getOrDefault(a.code(), List.of());
            Interval meanBefore = rounded(Interval.mean(x));
            Interval meanAfter = rounded(Interval.mean(y));
            changes.add(new RegionOverview.Change(a.code(), a.name(), a.unit(), a.direction(), median(x), median(y), meanBefore, meanAfter,
                    verdict(meanBefore, meanAfter, a.direction())));
        }
        return changes;
    }

    static RegionOverview.Verdict verdict(Interval before, Interval after, String direction) {
        if (!"HIGHER_BETTER".equals(direction) && !"LOWER_BETTER".equals(direction)) {
            return null;
        }
        if (before == null || after == null || !after.differsFrom(before)) {
            return RegionOverview.Verdict.NOT_PROVEN;
        }
        boolean higher = after.estimate() > before.estimate();
        return higher == "HIGHER_BETTER".equals(direction) ? RegionOverview.Verdict.BETTER : RegionOverview.Verdict.WORSE;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double m = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return Math.round(m * 10) / 10.0;
    }

    private static Interval rounded(Interval i) {
        return i == null ? null : i.rounded(1);
    }

    private List<RegionOverview.Behind> submissions(long regionId, List<CycleService.Municipality> municipalities) {
        Map<Long, MonitoringByMunicipality.OpenSubmissions> open = monitoring.openSubmissions(regionId);
        List<RegionOverview.Behind> behind = new ArrayList<>();
        for (CycleService.Municipality m : municipalities) {
            MonitoringByMunicipality.OpenSubmissions o = open.get(m.id());
            if (o != null && o.handedIn() < o.asked()) {
                behind.add(behind(m, o.asked() - o.handedIn(), o.asked(), CycleLink.record("CAMPAIGN", o.campaignId())));
            }
        }
        return sorted(behind);
    }

    private List<RegionOverview.Behind> reports(long regionId, List<CycleService.Municipality> municipalities, LocalDate today) {
        Map<Long, RoadmapsByMunicipality.Punctuality> punctuality = roadmaps.punctuality(regionId, today);
        List<RegionOverview.Behind> behind = new ArrayList<>();
        for (CycleService.Municipality m : municipalities) {
            RoadmapsByMunicipality.Punctuality p = punctuality.get(m.id());
            if (p != null && p.onTime() < p.due()) {
                behind.add(behind(m, p.due() - p.onTime(), p.due(), CycleLink.page("CONTROL", m.id())));
            }
        }
        behind.sort(Comparator.comparingLong(RegionOverview.Behind::missing).reversed().thenComparing(RegionOverview.Behind::municipalityName));
        return behind;
    }

    private List<RegionOverview.Behind> plans(long regionId, List<CycleService.Municipality> municipalities, LocalDate today) {
        Set<Long> withPlan = new HashSet<>();
        roadmaps.inForce(regionId, today).stream().filter(r -> r.level() == RoadmapLevel.MUNICIPALITY)
                .forEach(r -> withPlan.add(r.municipalityId()));
        return municipalities.stream().filter(m -> !withPlan.contains(m.id()))
                .map(m -> behind(m, 1, 1, CycleLink.page("ROADMAPS", m.id()))).toList();
    }

    private static RegionOverview.Behind behind(CycleService.Municipality m, long missing, long of, CycleLink link) {
        return new RegionOverview.Behind(m.id(), m.name(), missing, of, of == 0 ? 0 : Math.round(1000.0 * missing / of) / 1000.0, link);
    }

    private static List<RegionOverview.Behind> sorted(List<RegionOverview.Behind> behind) {
        behind.sort(Comparator.comparingDouble(RegionOverview.Behind::share).reversed().thenComparing(RegionOverview.Behind::municipalityName));
        return behind;
    }
}
