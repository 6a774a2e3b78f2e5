package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rostok.monitoring.service.IndicatorActuals;
import ru.rostok.monitoring.service.ListedSchools;
import ru.rostok.monitoring.service.TargetCheck;
import ru.rostok.roadmap.Roadmap;

/**
 * A plan's target indicators against their actual values, the one place that says whose values a plan is measured by:
 * a school's plan (and a partnership's, written for the school it supports) by that school's value; a municipality's plan
 * by the median of the municipality's schools, or of those on the list the plan rests on if it names one; a region's plan
 * likewise over the region.
 */
@ApplicationScoped
public class RoadmapTargets {
    @Inject
    IndicatorActuals actuals;

    @Inject
    ListedSchools lists;

    /** The schools whose values a plan is measured by. */
    public IndicatorActuals.Schools schoolsOf(Roadmap r) {
        Long municipality = r.municipality == null ? null : r.municipality.id;
        if (r.school != null) {
            return IndicatorActuals.Schools.of(r.region.id, municipality, r.school.id);
        }
        Collection<Long> only = r.schoolListId == null ? null : lists.schools(r.schoolListId);
        return new IndicatorActuals.Schools(r.region.id, municipality, null, only);
    }

    public List<TargetCheck> check(Roadmap r, List<IndicatorActuals.Target> targets) {
        return actuals.check(schoolsOf(r), targets);
    }

    /** The values before the plan (the latest monitoring closed by its start) and now (the latest since), by indicator code. */
    public record BeforeAndNow(Map<String, IndicatorActuals.Actual> before, Map<String, IndicatorActuals.Actual> now) {
    }

    public BeforeAndNow beforeAndNow(Roadmap r) {
        Set<String> codes = r.measures().stream().flatMap(m -> ru.rostok.roadmap.MeasureIndicator.of(m.id).stream())
                .map(t -> ru.rostok.monitoring.Indicator.<ru.rostok.monitoring.Indicator>findById(t.indicatorId).code).collect(Collectors.toSet());
        if (codes.isEmpty() || r.periodFrom == null) {
            return new BeforeAndNow(Map.of(), Map.of());
        }
        IndicatorActuals.Schools schools = schoolsOf(r);
        return new BeforeAndNow(actuals.latest(schools, codes, r.periodFrom, null), actuals.latest(schools, codes, null, r.periodFrom));
    }
}
