package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentAssignee;
import ru.rostok.control.Decision;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.ReviewStatus;
import ru.rostok.control.rest.WorkItem;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureResponsible;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.roadmap.rest.RoadmapView;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;

/** «Моя работа»: every measure and point assigned to the caller's body or school and not yet done, by due date. */
@ApplicationScoped
public class MyWork {
    @Inject
    Scope scope;

    @Inject
    RoadmapService roadmaps;

    public List<WorkItem> items() {
        LocalDate today = LocalDate.now();
        List<WorkItem> items = new ArrayList<>();
        Scope.Filter plans = scope.roadmaps("r");
        var params = new java.util.HashMap<>(plans.params());
        params.put("running", List.of(RoadmapStatus.APPROVED, RoadmapStatus.IN_PROGRESS));
        for (Roadmap r : Roadmap.<Roadmap>list("from Roadmap r where r.status in :running and " + plans.jpql(), params)) {
            for (RoadmapView.Measure m : roadmaps.view(r).measures()) {
                if (m.status() == MeasureStatus.DONE || m.status() == MeasureStatus.CANCELLED) {
                    continue;
                }
                Measure measure = Measure.findById(m.id());
                if (mine(measure, r)) {
                    items.add(new WorkItem("MEASURE", r.id, r.title, m.id(), m.number(), m.text(), m.deadlineText(), m.nextDue(),
                            m.overdue(), m.status().name()));
                }
            }
        }
        Scope.Filter decisions = scope.plans("d");
        for (Decision d : Decision.<Decision>list("from Decision d where " + decisions.jpql(), decisions.params())) {
            for (Assignment a : d.assignments()) {
                if (a.status.closed() || !mine(a)) {
                    continue;
                }
                items.add(new WorkItem("POINT", d.id, "Решение № " + d.number + " от " + d.date + ": " + d.title, a.id, a.number, a.text,
                        a.deadlineText, DecisionService.due(a, today), DecisionService.overdue(a, today), a.status.name()));
            }
        }
        items.sort(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkItem::planId).thenComparing(WorkItem::itemId));
        return items;
    }

    private boolean mine(Measure m, Roadmap r) {
        if (scope.hasRole(Role.SCHOOL_STAFF)) {
            return r.school != null || m.responsible.stream().anyMatch(x -> x.allSchools);
        }
        for (MeasureResponsible x : m.responsible) {
            if (scope.worksFor(x.body)) {
                return true;
            }
        }
        return false;
    }

    private boolean mine(Assignment a) {
        List<AssignmentAssignee> assignees = DecisionService.effectiveAssignees(a);
        if (scope.hasRole(Role.SCHOOL_STAFF)) {
            Long school = scope.schoolId().orElse(-1L);
            return assignees.stream().anyMatch(x -> x.allSchools)
                    && ExecutionReport.<ExecutionReport>list("assignmentId = ?1 and schoolId = ?2", a.id, school).stream()
                    .noneMatch(r -> r.reviewStatus == ReviewStatus.ACCEPTED);
        }
        return assignees.stream().anyMatch(x -> scope.worksFor(x.body));
    }
}
