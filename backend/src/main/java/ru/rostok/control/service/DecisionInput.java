package ru.rostok.control.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.DecisionKind;

@Schema(name = "DecisionInput", description = "A decision with its numbered points, as the document writes them; version is required for a change")
public record DecisionInput(
        @NotNull(message = "{validation.giveKindDocument}") DecisionKind kind,
        @NotBlank(message = "{validation.giveNumber}") @Size(max = 40, message = "{validation.most40Characters}") String number,
        @NotNull(message = "{validation.giveDate}") LocalDate date,
        @NotBlank(message = "{validation.giveTitle}") @Size(max = 1000, message = "{validation.most1000Characters}") String title,
        @Size(max = 8000, message = "{validation.most8000Characters}") String preamble,
        Long issuerBodyId,
        @NotBlank(message = "{validation.sayWhoTookDecision}") @Size(max = 500, message = "{validation.most500Characters}") String issuerLabel,
        @NotNull(message = "{validation.giveRegion}") Long regionId,
        Long municipalityId,
        @Size(max = 500, message = "{validation.most500Characters}") String controllerLabel,
        Long controllerBodyId,
        @Size(max = 200, message = "{validation.most200Characters}") String controllerPerson,
        @NotNull(message = "{validation.sendPoints}") @Size(max = 500, message = "{validation.most500Points}")
        List<@Valid @NotNull(message = "{validation.emptyPoint}") PointInput> points,
        @Schema(description = "The version being changed (for a change only)") Long version) {

    @Schema(name = "PointInput", description = "A point and its sub-points; on a change, id keeps an existing point with its status and reports")
    public record PointInput(
            Long id,
            @NotBlank(message = "{validation.giveNumberPoint}") @Size(max = 20, message = "{validation.most20Characters}") String number,
            @NotBlank(message = "{validation.giveTextPoint}") @Size(max = 4000, message = "{validation.most4000Characters}") String text,
            @Size(max = 1000, message = "{validation.most1000Characters}") String deadlineText,
            @Size(max = 50, message = "{validation.most50Assignees}")
            List<@Valid @NotNull(message = "{validation.emptyAssignee}") AssigneeInput> assignees,
            @Size(max = 500, message = "{validation.most500SubPoints}")
            List<@Valid @NotNull(message = "{validation.emptySubPoint}") PointInput> points) {
    }

    @Schema(name = "AssigneeInput", description = "«Управлению образования … (Димарцо Е.В.)»: the body, the person; or every school")
    public record AssigneeInput(@NotBlank(message = "{validation.giveAssignee}") @Size(max = 500, message = "{validation.most500Characters}") String label,
                                @Size(max = 200, message = "{validation.most200Characters}") String person, Long bodyId, boolean allSchools) {
    }
}
