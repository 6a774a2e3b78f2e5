package ru.rostok.control.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.schedule.Schedule;
import ru.rostok.control.AssignmentStatus;
import ru.rostok.control.DecisionKind;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.monitoring.service.TargetCheck;

@Schema(name = "DecisionView", description = "A decision with its numbered points, who must do what by when, and where each stands")
public record DecisionView(
        long id, DecisionKind kind, String number, LocalDate date, String title, String preamble,
        Long issuerBodyId, String issuerLabel, long regionId, String regionName, Long municipalityId, String municipalityName,
        String controllerLabel, Long controllerBodyId, String controllerBodyName, String controllerPerson,
        List<Point> points,
        @Schema(description = "Shown, not blocking: deadlines before the decision's date, unread deadlines, repeated numbers") List<Warning> warnings,
        @Schema(description = "The file the decision was imported from, if it was: download it from /api/v1/evidence/{id}") EvidenceFile.Info source,
        long version, OffsetDateTime updatedAt,
        @Schema(description = "What the caller may do with the decision: edit (as entered), control (accept reports, extend deadlines)") List<String> actions) {

    @Schema(name = "DecisionPoint", description = "A numbered point (поручение)")
    public record Point(long id, Long parentId, String number, int depth, String text, String deadlineText, Schedule schedule,
                        @Schema(description = "The due date: an extension's, else the schedule's next") LocalDate due,
                        boolean overdue, AssignmentStatus status, List<Assignee> assignees,
                        @Schema(description = "Assignees in force: the point's own, else its parent's") List<Assignee> effectiveAssignees,
                        @Schema(description = "For a point of every school: how many schools there are, have reported, are accepted") Schools schools,
                        List<Extension> extensions, int reportCount, long version,
                        @Schema(description = "What the caller may do with the point: report (on its execution)")
                        List<String> actions,
                        @Schema(description = "Target indicators against the actual values of the decision's territory; none: «без показателя»")
                        List<TargetCheck> indicators,
                        @Schema(description = "The roadmaps, or measures of them, the point controls") List<PlanRef> plans,
                        @Schema(description = "What the point is: MEETING, INTERVIEW, SEMINAR, VISIT, COURSE, DOCUMENT, MONITORING, OTHER")
                        ru.rostok.common.WorkKind kind,
                        @Schema(description = "How many events (meetings, visits, seminars …) were recorded on the point") int events) {
    }

    @Schema(name = "PointPlanRef", description = "A roadmap a point controls, or one measure of it")
    public record PlanRef(long roadmapId, String roadmapTitle, Long measureId, String measureNumber, String measureText) {
    }

    @Schema(name = "PointAssignee")
    public record Assignee(String label, String person, Long bodyId, String bodyName, boolean allSchools) {
    }

    @Schema(name = "PointSchools")
    public record Schools(long total, long reported, long accepted) {
    }

    @Schema(name = "DeadlineExtension")
    public record Extension(LocalDate previousDue, LocalDate newDue, String reason, String grantedBy, OffsetDateTime occurredAt) {
    }

    @Schema(name = "DecisionWarning")
    public record Warning(String number, String kind, String message) {
    }
}
