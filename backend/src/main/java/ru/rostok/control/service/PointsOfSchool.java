package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentStatus;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.ReviewStatus;
import ru.rostok.school.School;
import ru.rostok.security.Scope;

/**
 * The decision points addressed to a school: the points of every school («руководителям ОО») of the decisions of its
 * region or municipality that the caller sees, with the school's own latest report. Two queries: the points with their
 * assignees, the school's reports on them.
 */
@ApplicationScoped
public class PointsOfSchool {
    @Inject
    DecisionPolicy policy;

    @Schema(name = "DossierPoint", description = "A decision point addressed to the school (a point of every school)")
    public record Item(long decisionId, String decisionTitle, String decisionNumber, LocalDate decisionDate, long pointId, String number,
                       String text, String deadlineText, LocalDate due, AssignmentStatus status,
                       @Schema(description = "The school's latest report on the point, as reviewed; null without one") ReviewStatus schoolReport,
                       OffsetDateTime reportedAt,
                       @Schema(description = "Due date passed and the school's report not accepted") boolean overdue) {
    }

    public List<Item> of(School school) {
        Scope.Filter seen = policy.filter("d");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("region", school.municipality.region.id);
        params.put("municipality", school.municipality.id);
        List<Assignment> points = Assignment.<Assignment>list("select distinct a from Assignment a join a.decision d left join fetch a.assignees "
                + "where (" + seen.jpql() + ") and d.region.id = :region and (d.municipality is null or d.municipality.id = :municipality)", params);
        List<Assignment> mine = points.stream().filter(a -> DecisionService.effectiveAssignees(a).stream().anyMatch(x -> x.allSchools))
                .sorted(Comparator.comparing((Assignment a) -> a.decision.date).reversed().thenComparing(a -> a.decision.id)
                        .thenComparingInt(a -> a.position)).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, ExecutionReport> latest = new HashMap<>();
        ExecutionReport.<ExecutionReport>list("assignmentId in ?1 and schoolId = ?2 order by reportedAt, id",
                mine.stream().map(a -> a.id).toList(), school.id).forEach(r -> latest.put(r.assignmentId, r));
        LocalDate today = LocalDate.now();
        List<Item> items = new ArrayList<>();
        for (Assignment a : mine) {
            ExecutionReport report = latest.get(a.id);
            LocalDate due = DecisionService.due(a, today);
            boolean accepted = a.status.closed() || report != null && report.reviewStatus == ReviewStatus.ACCEPTED;
            items.add(new Item(a.decision.id, a.decision.title, a.decision.number, a.decision.date, a.id, a.number, a.text, a.deadlineText, due,
                    a.status, report == null ? null : report.reviewStatus, report == null ? null : report.reportedAt,
                    !accepted && due != null && due.isBefore(today)));
        }
        return items;
    }
}
