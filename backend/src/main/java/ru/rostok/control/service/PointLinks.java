package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.rostok.common.FieldError;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentIndicator;
import ru.rostok.control.AssignmentPlan;
import ru.rostok.control.Decision;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.service.IndicatorActuals;
import ru.rostok.monitoring.service.TargetCheck;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.service.RoadmapService;

/**
 * What a decision point names beside its text: the indicators it should move, with targets judged against the actual
 * values of the decision's territory, and the roadmaps or measures it controls — and, the other way, the points that
 * control a roadmap.
 */
@ApplicationScoped
public class PointLinks {
    @Inject
    RoadmapService roadmaps;

    @Inject
    DecisionPolicy decisionPolicy;

    @Inject
    IndicatorActuals actuals;

    /** A point's indicators and plans as sent; either left out keeps what the point had. */
    void replace(Decision d, Assignment a, DecisionInput.PointInput in, String at, List<FieldError> errors) {
        if (in.indicators() != null) {
            replaceIndicators(d, a, in.indicators(), at, errors);
        }
        if (in.plans() != null) {
            replacePlans(d, a, in.plans(), at, errors);
        }
    }

    private void replaceIndicators(Decision d, Assignment a, List<DecisionInput.TargetInput> targets, String at, List<FieldError> errors) {
        // as entities, not a bulk delete: a view read before the change holds them in the persistence context
        AssignmentIndicator.<AssignmentIndicator>list("assignmentId", a.id).forEach(AssignmentIndicator::delete);
        AssignmentIndicator.getEntityManager().flush();
        Set<Long> seen = new HashSet<>();
        for (int j = 0; j < targets.size(); j++) {
            DecisionInput.TargetInput t = targets.get(j);
            String field = at + ".indicators[" + j + "].indicatorId";
            Indicator indicator = Indicator.<Indicator>findByIdOptional(t.indicatorId()).filter(i -> i.region.id.equals(d.region.id)).orElse(null);
            if (indicator == null) {
                errors.add(FieldError.field(field, "control.indicatorNotInCatalogue", t.indicatorId()));
            } else if (!seen.add(indicator.id)) {
                errors.add(FieldError.field(field, "control.indicatorTwice"));
            } else {
                AssignmentIndicator row = new AssignmentIndicator();
                row.assignmentId = a.id;
                row.indicatorId = indicator.id;
                row.targetValue = t.targetValue();
                row.persist();
            }
        }
    }

    /** A plan the caller sees, of the decision's region and, for a municipality's decision, of that municipality. */
    private void replacePlans(Decision d, Assignment a, List<DecisionInput.PlanInput> plans, String at, List<FieldError> errors) {
        AssignmentPlan.delete("assignmentId", a.id);
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < plans.size(); j++) {
            DecisionInput.PlanInput p = plans.get(j);
            String field = at + ".plans[" + j + "]";
            Roadmap roadmap = roadmaps.visible(p.roadmapId())
                    .filter(r -> r.region.id.equals(d.region.id))
                    .filter(r -> d.municipality == null || (r.municipality != null && r.municipality.id.equals(d.municipality.id)))
                    .orElse(null);
            if (roadmap == null) {
                errors.add(FieldError.field(field + ".roadmapId", "control.roadmapNotFound", p.roadmapId()));
                continue;
            }
            if (p.measureId() != null && Measure.<Measure>findByIdOptional(p.measureId()).filter(m -> m.roadmap.id.equals(roadmap.id)).isEmpty()) {
                errors.add(FieldError.field(field + ".measureId", "control.measureNotInRoadmap", p.measureId(), p.roadmapId()));
                continue;
            }
            if (!seen.add(roadmap.id + "/" + p.measureId())) {
                errors.add(FieldError.field(field, "control.planTwice"));
                continue;
            }
            AssignmentPlan row = new AssignmentPlan();
            row.assignmentId = a.id;
            row.roadmapId = roadmap.id;
            row.measureId = p.measureId();
            row.persist();
        }
    }

    /** The indicators and plans of a decision's points, by point. */
    public record Shown(Map<Long, List<TargetCheck>> indicators, Map<Long, List<DecisionView.PlanRef>> plans) {
    }

    Shown of(Decision d, List<Assignment> points) {
        if (points.isEmpty()) {
            return new Shown(Map.of(), Map.of());
        }
        List<Long> ids = points.stream().map(p -> p.id).toList();
        List<AssignmentIndicator> rows = AssignmentIndicator.list("assignmentId in ?1 order by assignmentId, indicatorId", ids);
        List<TargetCheck> checks = actuals.check(IndicatorActuals.Schools.of(d.region.id, d.municipality == null ? null : d.municipality.id, null),
                rows.stream().map(t -> new IndicatorActuals.Target(t.indicatorId, t.targetValue)).toList());
        Map<Long, List<TargetCheck>> indicators = new HashMap<>();
        for (int i = 0; i < rows.size() && i < checks.size(); i++) {
            indicators.computeIfAbsent(rows.get(i).assignmentId, k -> new ArrayList<>()).add(checks.get(i));
        }
        Map<Long, List<DecisionView.PlanRef>> plans = new HashMap<>();
        for (AssignmentPlan p : AssignmentPlan.<AssignmentPlan>list("assignmentId in ?1 order by id", ids)) {
            roadmaps.visible(p.roadmapId).ifPresent(r -> {
                Measure m = p.measureId == null ? null : Measure.findById(p.measureId);
                plans.computeIfAbsent(p.assignmentId, k -> new ArrayList<>()).add(new DecisionView.PlanRef(r.id, r.title,
                        m == null ? null : m.id, m == null ? null : m.number, m == null ? null : m.text));
            });
        }
        return new Shown(indicators, plans);
    }

    /** The points, of decisions the caller sees, that control a roadmap the caller sees (404 otherwise) or a measure of it. */
    public List<ControllingPoint> controlling(long roadmapId) {
        Roadmap roadmap = roadmaps.require(roadmapId);
        LocalDate today = LocalDate.now();
        List<ControllingPoint> found = new ArrayList<>();
        for (AssignmentPlan p : AssignmentPlan.<AssignmentPlan>list("roadmapId = ?1 order by id", roadmap.id)) {
            Assignment a = Assignment.findById(p.assignmentId);
            if (a == null || !decisionPolicy.sees(a.decision)) {
                continue;
            }
            Decision d = a.decision;
            Measure m = p.measureId == null ? null : Measure.findById(p.measureId);
            found.add(new ControllingPoint(d.id, d.kind, d.number, d.date, d.title, a.id, a.number, a.text, a.status,
                    DecisionService.due(a, today), DecisionService.overdue(a, today), m == null ? null : m.id, m == null ? null : m.number));
        }
        found.sort(java.util.Comparator.comparing(ControllingPoint::decisionDate, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(ControllingPoint::decisionId).thenComparing(ControllingPoint::pointId));
        return found.stream().filter(Objects::nonNull).toList();
    }
}
