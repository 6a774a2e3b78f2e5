package ru.rostok.documents.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.schedule.Schedule;
import ru.rostok.control.DecisionKind;
import ru.rostok.control.service.DecisionInput;

@Schema(name = "DecisionDraft", description = "A decision as read: the fields of DecisionInput, each point with the lines it came from")
public record DecisionDraft(
        DecisionKind kind, String number, LocalDate date, String title, String preamble,
        Long issuerBodyId, String issuerLabel, Long regionId, Long municipalityId,
        String controllerLabel, Long controllerBodyId, String controllerPerson,
        List<Point> points,
        @Schema(description = "The lines of the header: issuer, date, number, title, preamble") SourceLines header) {

    @Schema(name = "DraftPoint", description = "A point as written: its number, text, deadline words and their reading, addressees")
    public record Point(String number, String text, String deadlineText, Schedule schedule,
                        List<DecisionInput.AssigneeInput> assignees, List<Point> points, SourceLines source) {
    }
}
