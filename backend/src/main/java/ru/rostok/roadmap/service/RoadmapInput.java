package ru.rostok.roadmap.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Numbers;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.RoadmapLevel;

@Schema(name = "RoadmapInput", description = "A roadmap with its measures, as drafted or corrected; version is required for a change")
public record RoadmapInput(
        @NotBlank(message = "{validation.giveNamePlan}") @Size(max = 1000, message = "{validation.most1000Characters}") String title,
        @NotNull(message = "{validation.giveLevel}") RoadmapLevel level,
        Long ownerBodyId,
        @NotNull(message = "{validation.giveRegion}") Long regionId,
        Long municipalityId,
        Long schoolId,
        @NotNull(message = "{validation.giveStartPeriod}") LocalDate periodFrom,
        @NotNull(message = "{validation.giveEndPeriod}") LocalDate periodTo,
        ApprovalKind approvalKind,
        @Size(max = 40, message = "{validation.most40Characters}") String approvalNumber,
        LocalDate approvalDate,
        @Size(max = 500, message = "{validation.most500Characters}") String approvalIssuer,
        @Size(max = 500, message = "{validation.most500Characters}") String controller,
        @Size(max = 100, message = "{validation.most100Abbreviations}")
        Map<@Size(max = 100, message = "{validation.abbreviationMost100Characters}") String,
            @Size(max = 1000, message = "{validation.fullFormMost1000Characters}") String> abbreviations,
        @Schema(description = "The municipal measure that asks for this school's plan") Long parentMeasureId,
        @Schema(description = "The school list (its approving order) the plan rests on; of the plan's region") Long schoolListId,
        @NotNull(message = "{validation.sendMeasures}") @Size(max = 500, message = "{validation.most500Measures}")
        List<@Valid @NotNull(message = "{validation.emptyMeasure}") MeasureInput> measures,
        Long version) {

    @Schema(name = "MeasureInput")
    public record MeasureInput(
            @NotBlank(message = "{validation.giveNumber}") @Size(max = 20, message = "{validation.most20Characters}") String number,
            @NotBlank(message = "{validation.describeMeasure}") @Size(max = 4000, message = "{validation.most4000Characters}") String text,
            @Size(max = 1000, message = "{validation.most1000Characters}") @Schema(description = "The deadline as the document writes it") String deadlineText,
            @Size(max = 4000, message = "{validation.most4000Characters}") String expectedResult,
            @Size(max = 50, message = "{validation.most50ResponsiblePersons}")
            List<@Valid @NotNull(message = "{validation.emptyResponsiblePerson}") ResponsibleInput> responsible,
            @Schema(description = "Indicators of the region's catalogue the measure should move, with target values")
            @Size(max = 100, message = "{validation.most100Indicators}")
            List<@Valid @NotNull(message = "{validation.emptyIndicator}") TargetInput> indicators,
            @Schema(description = "What the measure is; left out: guessed from its text (семинар, выезд, собеседование …), else OTHER")
            ru.rostok.common.WorkKind kind) {
    }

    @Schema(name = "MeasureTargetInput")
    public record TargetInput(@NotNull(message = "{validation.giveIndicator}") Long indicatorId,
                              @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                              @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                              java.math.BigDecimal targetValue) {
    }

    @Schema(name = "ResponsibleInput", description = "A responsible as written; a body, or every school of the territory")
    public record ResponsibleInput(@NotBlank(message = "{validation.giveResponsiblePerson}") @Size(max = 500, message = "{validation.most500Characters}") String label,
                                   Long bodyId, boolean allSchools) {
    }
}
