package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import ru.rostok.body.Body;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.ReviewStatus;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.body.service.BodyPolicy;

/**
 * «Моя работа»: every measure and point assigned to the caller's body or school and not yet done, and the annual analytical
 * information on the roadmaps the caller's body owns, and the teachers' further training falling due, by due date.
 */
@ApplicationScoped
public class MyWork {
    @Inject
    Scope scope;

    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    ControlItems control;

    @Inject
    ru.rostok.recommendation.service.RecommendationService recommendations;

    @Inject
    TrainingWork training;

    @Inject
    ru.rostok.route.service.RouteStepsDue routeSteps;

    public List<WorkItem> items() {
        java.time.LocalDate today = java.time.LocalDate.now();
        var plans = java.util.stream.Stream.concat(control.open().stream(), control.annualReports().stream())
                .filter(this::mine)
                .map(i -> new WorkItem(i.type(), i.planId(), i.planTitle(), i.itemId(), i.number(), i.text(), i.deadlineText(), i.due(),
                        i.overdue(), i.status()));
        var recommended = recommendations.mine().stream().map(r -> new WorkItem("RECOMMENDATION", r.id, "Адресная рекомендация"
                + (r.basis == null ? "" : ": " + r.basis), r.id, null, r.text, null, r.deadline, r.deadline.isBefore(today), r.status.name()));
        return java.util.stream.Stream.of(plans, recommended, training.items().stream(), routeSteps(today)).flatMap(s -> s)
                .sorted(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WorkItem::type).thenComparing(WorkItem::planId).thenComparing(WorkItem::itemId))
                .toList();
    }

    /** The school's own teachers' route steps due in the next 30 days or overdue: the school's staff follow them. */
    private java.util.stream.Stream<WorkItem> routeSteps(java.time.LocalDate today) {
        if (!scope.hasRole(Role.SCHOOL_STAFF) || scope.schoolId().isEmpty()) {
            return java.util.stream.Stream.empty();
        }
        return routeSteps.ofSchool(scope.schoolId().get(), today).stream().map(s -> new WorkItem("ROUTE_STEP", s.routeId(),
                "ИОМ: " + s.teacherName() + " — " + s.routeTitle(), s.stepId(), String.valueOf(s.position() + 1), s.text(), null, s.due(),
                s.overdue(), "PLANNED"));
    }

    private boolean mine(ControlItems.Item item) {
        boolean everySchool = item.responsible().stream().anyMatch(ControlItems.Responsible::allSchools);
        if (scope.hasRole(Role.SCHOOL_STAFF)) {
            if (item.roadmap() != null) {
                return item.roadmap().school != null || everySchool;
            }
            Long school = scope.schoolId().orElse(-1L);
            return everySchool && ExecutionReport.<ExecutionReport>list("assignmentId = ?1 and schoolId = ?2", item.itemId(), school).stream()
                    .noneMatch(r -> r.reviewStatus == ReviewStatus.ACCEPTED);
        }
        return item.responsible().stream().anyMatch(r -> r.bodyId() != null && bodyPolicy.worksFor(Body.findById(r.bodyId())));
    }
}
