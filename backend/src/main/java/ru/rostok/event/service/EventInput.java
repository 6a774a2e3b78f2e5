package ru.rostok.event.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.WorkKind;

@Schema(name = "EventInput", description = "An event as it was held; version is required for a change")
public record EventInput(
        @Schema(description = "What it was; left out: the measure's or the point's kind") WorkKind kind,
        @NotNull(message = "{validation.giveEventDate}") @Schema(description = "When it was held: not later than today") LocalDate heldOn,
        @Schema(description = "For a recurring measure: the due date (ISO) of the occurrence it held") LocalDate occurrenceDue,
        @Size(max = 500, message = "{validation.most500Characters}") String place,
        @Size(max = 8000, message = "{validation.most8000Characters}") @Schema(description = "What was found, agreed, decided") String findings,
        @Schema(description = "The schools taking part or visited: in the measure's or the point's territory and the caller's scope")
        @Size(max = 100, message = "{validation.most100Schools}") List<@NotNull(message = "{validation.giveSchool}") Long> schoolIds,
        @Size(max = 50, message = "{validation.most50Participants}")
        List<@Valid @NotNull(message = "{validation.giveParticipant}") Participant> participants,
        @Schema(description = "For a visit only: how many lessons were observed") Integer lessonsObserved,
        @Size(max = 8000, message = "{validation.most8000Characters}") @Schema(description = "For a visit only: the conclusions") String conclusions,
        @Schema(description = "The version being changed (for a change only)") Long version) {

    @Schema(name = "EventParticipantInput", description = "People by role: «директор», «учитель математики» — how many, or a name")
    public record Participant(
            @NotBlank(message = "{validation.giveParticipantRole}") @Size(max = 200, message = "{validation.most200Characters}") String role,
            Integer count,
            @Size(max = 200, message = "{validation.most200Characters}") String name,
            @Schema(description = "The body they are of, in the event's region") Long bodyId) {
    }
}
