package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.Text;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentAssignee;
import ru.rostok.control.AssignmentExtension;
import ru.rostok.control.AssignmentStatus;
import ru.rostok.control.Decision;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.ReviewStatus;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceUploads;
import ru.rostok.school.School;
import ru.rostok.security.Scope;

/**
 * Control of execution: assignees report, the controller accepts (the point leaves control) or returns,
 * and may move a deadline with a reason. A point of every school is done when every school's report is accepted.
 */
@ApplicationScoped
public class ExecutionService {
    static final String ENTITY = "Assignment";
    static final String REPORT = "ExecutionReport";

    @Inject
    Scope scope;

    @Inject
    DecisionPolicy decisionPolicy;


    @Inject
    DecisionService decisions;

    @Inject
    EvidenceUploads uploads;

    @Inject
    AuditLog audit;

    public List<ExecutionReportView> reports(long decisionId, long pointId) {
        Assignment a = decisions.point(decisionId, pointId);
        return decisions.visibleReports(ExecutionReport.of(a.id), a.decision).stream().map(ExecutionService::view).toList();
    }

    @Transactional
    public ExecutionReportView report(long decisionId, long pointId, String text, List<FileUpload> files) {
        Assignment a = decisions.point(decisionId, pointId);
        List<AssignmentAssignee> assignees = DecisionService.effectiveAssignees(a);
        boolean everySchool = assignees.stream().anyMatch(x -> x.allSchools);
        scope.require(decisionPolicy.mayReport(assignees), decisionPolicy.reportsAsSchool() ? "control.pointNotForSchools"
                : "control.reportAssigneeOnly");
        Long school = decisionPolicy.reportsAsSchool() ? scope.schoolId().orElseThrow() : null;
        if (a.status == AssignmentStatus.ACCEPTED) {
            throw ApiException.conflict("control.pointClosed");
        }
        if (Text.trimToNull(text) == null) {
            throw ApiException.invalid("text", "control.reportTextRequired");
        }
        List<EvidenceUploads.Checked> checked = uploads.check(files);
        if (school != null) {
            Long mine = school;
            boolean accepted = ExecutionReport.<ExecutionReport>list("assignmentId = ?1 and schoolId = ?2", a.id, mine).stream()
                    .anyMatch(r -> r.reviewStatus == ReviewStatus.ACCEPTED);
            if (accepted) {
                throw ApiException.conflict("control.reportAccepted");
            }
        }
        ExecutionReport r = new ExecutionReport();
        r.assignmentId = a.id;
        r.schoolId = school;
        r.author = scope.username();
        r.reportedAt = OffsetDateTime.now();
        r.text = text.strip();
        r.persist();
        uploads.store(checked, null, r.id);
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("schoolId", r.schoolId);
        event.put("text", r.text);
        event.put("files", checked.stream().map(EvidenceUploads.Checked::name).toList());
        audit.created(REPORT, r.id, "отчёт по " + label(a), a.decision.region.id, event);
        AssignmentStatus before = a.status;
        a.status = everySchool ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.REPORTED;
        if (everySchool) {
            settleEverySchool(a);
        }
        a.updatedAt = OffsetDateTime.now();
        a.flush();
        audit.updated(ENTITY, a.id, label(a), a.decision.region.id, Map.of("status", before), Map.of("status", a.status));
        return view(r);
    }

    @Transactional
    public ExecutionReportView review(long decisionId, long pointId, long reportId, ReportReviewInput input) {
        Assignment a = decisions.point(decisionId, pointId);
        requireController(a.decision);
        ExecutionReport r = ExecutionReport.<ExecutionReport>findByIdOptional(reportId).filter(x -> x.assignmentId == a.id)
                .orElseThrow(() -> ApiException.notFound("control.reportNotFound", reportId));
        if (input.decision() == ReviewStatus.SUBMITTED) {
            throw ApiException.invalid("decision", "control.reviewOutcome");
        }
        if (r.reviewStatus != ReviewStatus.SUBMITTED) {
            throw ApiException.conflict("control.reportReviewed");
        }
        if (input.decision() == ReviewStatus.RETURNED && Text.trimToNull(input.comment()) == null) {
            throw ApiException.invalid("comment", "control.returnReasonRequired");
        }
        ReviewStatus submitted = r.reviewStatus;
        r.reviewStatus = input.decision();
        r.reviewComment = Text.trimToNull(input.comment());
        Map<String, Object> reviewed = new java.util.LinkedHashMap<>();
        reviewed.put("reviewStatus", r.reviewStatus);
        reviewed.put("reviewComment", r.reviewComment);
        audit.updated(REPORT, r.id, "отчёт по " + label(a), a.decision.region.id, Map.of("reviewStatus", submitted), reviewed);
        r.reviewedBy = scope.username();
        r.reviewedAt = OffsetDateTime.now();
        AssignmentStatus before = a.status;
        if (DecisionService.effectiveAssignees(a).stream().anyMatch(x -> x.allSchools)) {
            settleEverySchool(a);
        } else {
            a.status = input.decision() == ReviewStatus.ACCEPTED ? AssignmentStatus.ACCEPTED : AssignmentStatus.RETURNED;
        }
        a.updatedAt = OffsetDateTime.now();
        a.flush();
        audit.updated(ENTITY, a.id, label(a), a.decision.region.id, Map.of("status", before), Map.of("status", a.status));
        return view(r);
    }

    @Transactional
    public void extend(long decisionId, long pointId, ExtensionInput input) {
        Assignment a = decisions.point(decisionId, pointId);
        requireController(a.decision);
        a.checkVersion(input.version());
        if (a.status == AssignmentStatus.ACCEPTED) {
            throw ApiException.conflict("control.pointClosed");
        }
        LocalDate previous = DecisionService.due(a, LocalDate.now());
        if (previous != null && !input.newDue().isAfter(previous)) {
            throw ApiException.invalid("newDue", "control.extensionNotLater", previous);
        }
        AssignmentExtension e = new AssignmentExtension();
        e.assignmentId = a.id;
        e.previousDue = previous;
        e.newDue = input.newDue();
        e.reason = input.reason().strip();
        e.grantedBy = scope.username();
        e.occurredAt = OffsetDateTime.now();
        e.persist();
        a.dueOverride = input.newDue();
        a.updatedAt = OffsetDateTime.now();
        a.flush();
        audit.updated(ENTITY, a.id, label(a), a.decision.region.id, Map.of("due", String.valueOf(previous)),
                Map.of("due", input.newDue() + " (" + e.reason + ")"));
    }

    /** The controller: the region's analysts, the municipality's coordinator for a municipal decision, the administrator. */
    void requireController(Decision d) {
        scope.require(decisionPolicy.mayKeep(d), "control.reviewForbidden");
    }

    /** A point of every school: accepted when every school's latest report is accepted, reported while any waits. */
    private static void settleEverySchool(Assignment a) {
        Map<Long, ReviewStatus> latest = DecisionService.latestBySchool(ExecutionReport.of(a.id));
        long schools = DecisionService.schoolsOf(a.decision);
        long accepted = latest.values().stream().filter(s -> s == ReviewStatus.ACCEPTED).count();
        if (schools > 0 && accepted == schools) {
            a.status = AssignmentStatus.ACCEPTED;
        } else if (latest.containsValue(ReviewStatus.SUBMITTED)) {
            a.status = AssignmentStatus.REPORTED;
        } else {
            a.status = latest.isEmpty() ? AssignmentStatus.ASSIGNED : AssignmentStatus.IN_PROGRESS;
        }
    }

    private static String label(Assignment a) {
        return "п. " + a.number + " решения № " + a.decision.number;
    }

    static ExecutionReportView view(ExecutionReport r) {
        String schoolName = r.schoolId == null ? null : School.<School>findByIdOptional(r.schoolId).map(s -> s.shortName).orElse(null);
        return new ExecutionReportView(r.id, r.assignmentId, r.schoolId, schoolName, r.author, r.reportedAt, r.text, r.reviewStatus,
                r.reviewComment, r.reviewedBy, r.reviewedAt, EvidenceFile.ofExecutionReport(r.id));
    }
}
