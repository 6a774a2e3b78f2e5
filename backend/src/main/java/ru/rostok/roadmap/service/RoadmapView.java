package ru.rostok.roadmap.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.schedule.Schedule;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.monitoring.service.TargetCheck;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapStatus;

@Schema(name = "RoadmapView", description = "A roadmap with its measures, their deadlines read from the document's words, and warnings")
public record RoadmapView(
        long id, String title, RoadmapLevel level, RoadmapStatus status,
        long regionId, String regionName, Long municipalityId, String municipalityName, Long schoolId, String schoolName,
        Long ownerBodyId, String ownerBodyName, LocalDate periodFrom, LocalDate periodTo,
        ApprovalKind approvalKind, String approvalNumber, LocalDate approvalDate, String approvalIssuer, String controller,
        Map<String, String> abbreviations, Long parentMeasureId, int revision,
        List<Measure> measures,
        @Schema(description = "The list order the plan rests on («Об утверждении перечня школ …»), if it names one") ListRef schoolList,
        @Schema(description = "Its measures' target indicators against the actuals, counted; and how many measures name an indicator")
        TargetCounts targets,
        @Schema(description = "Shown, not blocking: deadlines before the document's date, unread deadlines, repeated numbers") List<Warning> warnings,
        @Schema(description = "The file the plan was imported from, if it was: download it from /api/v1/evidence/{id}") EvidenceFile.Info source,
        List<Revision> revisions,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(description = "What the caller may do with the plan: edit (a draft, its status, a correction)")
        List<String> actions) {

    @Schema(name = "MeasureView")
    public record Measure(long id, String number, int position, String text, String deadlineText, Schedule schedule,
                          @Schema(description = "The next due date not yet reported as done") LocalDate nextDue,
                          boolean overdue, MeasureStatus status, List<Responsible> responsible, String expectedResult,
                          @Schema(description = "Target indicators against the actual values; none: the measure is «без показателя»")
                          List<TargetCheck> indicators, int reportCount,
                          @Schema(description = "For a measure due more than once: each occurrence in the plan's period") List<Occurrence> occurrences,
                          long version,
                          @Schema(description = "What the measure is: MEETING, INTERVIEW, SEMINAR, VISIT, COURSE, DOCUMENT, MONITORING, OTHER")
                          ru.rostok.common.WorkKind kind,
                          @Schema(description = "How many events (meetings, visits, seminars …) were recorded on the measure") int events,
                          @Schema(description = "What the caller may do with the measure: report (on progress), planForSchool (their school's own plan following it)") List<String> actions) {
    }

    @Schema(name = "MeasureOccurrence", description = "One occurrence of a recurring measure: done, reported on, or missed")
    public record Occurrence(LocalDate due, boolean done, int reports, boolean overdue,
                             @Schema(description = "An event was recorded for the occurrence: it was held") boolean held) {
    }

    @Schema(name = "TargetCounts", description = "Target indicators by verdict, and measures with and without an indicator")
    public record TargetCounts(int reached, int notYet, int noData, int measures, int measuresWithIndicator) {
    }

    @Schema(name = "SchoolListRef", description = "A school list as a plan or a campaign names it, with the years it is in force")
    public record ListRef(long id, String title, int year, int yearTo, String orderNumber, java.time.LocalDate orderDate) {
    }

    @Schema(name = "MeasureResponsibleView")
    public record Responsible(String label, Long bodyId, String bodyName, boolean allSchools) {
    }

    @Schema(name = "PlanWarning", description = "Something in the document worth a look")
    public record Warning(String number, String kind, String message) {
    }

    @Schema(name = "RoadmapRevisionSummary")
    public record Revision(int number, String reason, String actor, OffsetDateTime occurredAt) {
    }
}
