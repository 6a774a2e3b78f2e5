package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentAssignee;
import ru.rostok.control.Decision;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.ReviewStatus;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureResponsible;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.roadmap.service.MeasureSchedule;
import ru.rostok.security.Scope;
import ru.rostok.roadmap.service.RoadmapPolicy;

/** Everything under control in the caller's scope: measures of running roadmaps and points not yet accepted. */
@ApplicationScoped
public class ControlItems {
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Scope scope;

    @Inject
    DecisionPolicy decisionPolicy;

    @Inject
    RoadmapPolicy roadmapPolicy;

    /** Who answers for an item: a body, or every school of the territory. */
    public record Responsible(Long bodyId, String bodyName, String label, boolean allSchools) {
    }

    /** An item with what the views need: its due date and state, territory, and responsible. */
    public record Item(String type, long planId, String planTitle, long itemId, String number, String text, String deadlineText,
                       LocalDate due, boolean overdue, String status, long regionId, Long municipalityId, String municipalityName,
                       List<Responsible> responsible, Measure measure, Roadmap roadmap, Assignment assignment) {
    }

    public List<Item> open() {
        return open(roadmapPolicy.filter("r"), decisionPolicy.filter("d"));
    }

    /** Every open item of every region, for the daily reminders that run as no one. */
    public List<Item> openEverywhere() {
        return open(new Scope.Filter("1 = 1", Map.of()), new Scope.Filter("1 = 1", Map.of()));
    }

    /** The schools whose report on a point has been accepted: done with it, so no longer reminded of it. */
    public List<Long> schoolsDone(long assignmentId) {
        return ExecutionReport.getEntityManager().createQuery("select r.schoolId from ExecutionReport r where r.assignmentId = :a "
                        + "and r.reviewStatus = :accepted and r.schoolId is not null", Long.class)
                .setParameter("a", assignmentId).setParameter("accepted", ReviewStatus.ACCEPTED).getResultList();
    }

    private List<Item> open(Scope.Filter plans, Scope.Filter decisions) {
        LocalDate today = LocalDate.now();
        List<Item> items = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(plans.params());
        params.put("running", List.of(RoadmapStatus.APPROVED, RoadmapStatus.IN_PROGRESS));
        for (Roadmap r : Roadmap.<Roadmap>list("from Roadmap r where r.status in :running and " + plans.jpql(), params)) {
            MeasureSchedule.of(r, today).forEach((measure, due) -> {
                if (MeasureSchedule.finished(measure)) {
                    return;
                }
                items.add(new Item("MEASURE", r.id, r.title, measure.id, measure.number, measure.text, measure.deadlineText,
                        due.overdue() ? due.firstMissed() : due.next(), due.overdue(), measure.status.name(), r.region.id,
                        r.municipality == null ? null : r.municipality.id, r.municipality == null ? null : r.municipality.name,
                        responsible(measure.responsible), measure, r, null));
            });
        }
        for (Decision d : Decision.<Decision>list("from Decision d where " + decisions.jpql(), decisions.params())) {
            for (Assignment a : d.assignments()) {
                if (a.status.closed() || DecisionService.effectiveAssignees(a).isEmpty()) {
                    continue;
                }
                items.add(new Item("POINT", d.id, "Решение № " + d.number + " от " + DATE.format(d.date) + ": " + d.title, a.id, a.number, a.text,
                        a.deadlineText, DecisionService.due(a, today), DecisionService.overdue(a, today), a.status.name(), d.region.id,
                        d.municipality == null ? null : d.municipality.id, d.municipality == null ? null : d.municipality.name,
                        assignees(DecisionService.effectiveAssignees(a)), null, null, a));
            }
        }
        return items;
    }

    private static List<Responsible> responsible(List<MeasureResponsible> list) {
        return list.stream().map(r -> new Responsible(r.body == null ? null : r.body.id, r.body == null ? null : r.body.shortName, r.label,
                r.allSchools)).toList();
    }

    private static List<Responsible> assignees(List<AssignmentAssignee> list) {
        return list.stream().map(r -> new Responsible(r.body == null ? null : r.body.id, r.body == null ? null : r.body.shortName, r.label,
                r.allSchools)).toList();
    }
}
