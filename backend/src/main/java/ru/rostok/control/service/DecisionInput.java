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
            List<@Valid @NotNull(message = "{validation.emptySubPoint}") PointInput> points,
            @Schema(description = "Indicators of the region's catalogue the point should move, with targets; left out: kept as they are")
            @Size(max = 100, message = "{validation.most100Indicators}")
            List<@Valid @NotNull(message = "{validation.emptyIndicator}") TargetInput> indicators,
            @Schema(description = "The roadmaps, or measures of them, the point controls; left out: kept as they are")
            @Size(max = 100, message = "{validation.most100Plans}")
            List<@Valid @NotNull(message = "{validation.emptyPlan}") PlanInput> plans,
            @Schema(description = "What the point is; left out: guessed from its text (совещание, семинар, выезд …), else OTHER")
            ru.rostok.common.WorkKind kind) {
    }

    @Schema(name = "PointTargetInput", description = "An indicator the point should move and its target value")
    public record TargetInput(@NotNull(message = "{validation.giveIndicator}") Long indicatorId,
                              @jakarta.validation.constraints.Digits(integer = ru.rostok.common.Numbers.INTEGER_DIGITS, fraction = ru.rostok.common.Numbers.FRACTION_DIGITS, message = ru.rostok.common.Numbers.OUT_OF_BOUNDS_MESSAGE)
                              @jakarta.validation.constraints.DecimalMin(value = ru.rostok.common.Numbers.MIN, message = ru.rostok.common.Numbers.OUT_OF_BOUNDS_MESSAGE)
                              @jakarta.validation.constraints.DecimalMax(value = ru.rostok.common.Numbers.MAX, message = ru.rostok.common.Numbers.OUT_OF_BOUNDS_MESSAGE)
                              java.math.BigDecimal targetValue) {
    }

    @Schema(name = "PointPlanInput", description = "A roadmap the point controls, or one measure of it")
    public record PlanInput(@NotNull(message = "{validation.giveRoadmap}") Long roadmapId, Long measureId) {
    }

    @Schema(name = "AssigneeInput", description = "«Управлению образования … (Димарцо Е.В.)»: the body, the person; or every school")
    public record AssigneeInput(@NotBlank(message = "{validation.giveAssignee}") @Size(max = 500, message = "{validation.most500Characters}") String label,
                                @Size(max = 200, message = "{validation.most200Characters}") String person, Long bodyId, boolean allSchools) {
    }
}
