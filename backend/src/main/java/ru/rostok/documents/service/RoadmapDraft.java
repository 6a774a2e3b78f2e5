package ru.rostok.documents.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.schedule.Schedule;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.service.RoadmapInput;

@Schema(name = "RoadmapDraft", description = "A roadmap as read: the fields of RoadmapInput, each measure with the lines it came from")
public record RoadmapDraft(
        String title, RoadmapLevel level, Long ownerBodyId, Long regionId, Long municipalityId, Long schoolId,
        LocalDate periodFrom, LocalDate periodTo,
        ApprovalKind approvalKind, String approvalNumber, LocalDate approvalDate, String approvalIssuer,
        String controller, Map<String, String> abbreviations,
        List<Measure> measures,
        @Schema(description = "The lines of the approving document and the plan's title") SourceLines header) {

    @Schema(name = "DraftMeasure", description = "A measure as written: number, text, deadline words and their reading, responsible")
    public record Measure(String number, String text, String deadlineText, Schedule schedule, String expectedResult,
                          List<RoadmapInput.ResponsibleInput> responsible, SourceLines source) {
    }
}
