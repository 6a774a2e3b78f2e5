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
        @NotBlank(message = "Укажите название плана") @Size(max = 1000, message = "Не длиннее 1000 знаков") String title,
        @NotNull(message = "Укажите уровень") RoadmapLevel level,
        Long ownerBodyId,
        @NotNull(message = "Укажите субъект") Long regionId,
        Long municipalityId,
        Long schoolId,
        @NotNull(message = "Укажите начало периода") LocalDate periodFrom,
        @NotNull(message = "Укажите конец периода") LocalDate periodTo,
        ApprovalKind approvalKind,
        @Size(max = 40, message = "Не длиннее 40 знаков") String approvalNumber,
        LocalDate approvalDate,
        @Size(max = 500, message = "Не длиннее 500 знаков") String approvalIssuer,
        @Size(max = 500, message = "Не длиннее 500 знаков") String controller,
        @Size(max = 100, message = "Не больше 100 сокращений")
        Map<@Size(max = 100, message = "Сокращение не длиннее 100 знаков") String,
            @Size(max = 1000, message = "Расшифровка не длиннее 1000 знаков") String> abbreviations,
        @Schema(description = "The municipal measure that asks for this school's plan") Long parentMeasureId,
        @NotNull(message = "Передайте мероприятия") @Size(max = 500, message = "Не больше 500 мероприятий")
        List<@Valid @NotNull(message = "Пустое мероприятие") MeasureInput> measures,
        Long version) {

    @Schema(name = "MeasureInput")
    public record MeasureInput(
            @NotBlank(message = "Укажите номер") @Size(max = 20, message = "Не длиннее 20 знаков") String number,
            @NotBlank(message = "Опишите мероприятие") @Size(max = 4000, message = "Не длиннее 4000 знаков") String text,
            @Size(max = 1000, message = "Не длиннее 1000 знаков") @Schema(description = "The deadline as the document writes it") String deadlineText,
            @Size(max = 4000, message = "Не длиннее 4000 знаков") String expectedResult,
            @Size(max = 50, message = "Не больше 50 ответственных")
            List<@Valid @NotNull(message = "Пустой ответственный") ResponsibleInput> responsible,
            @Schema(description = "Indicators of the region's catalogue the measure should move, with target values")
            @Size(max = 100, message = "Не больше 100 показателей")
            List<@Valid @NotNull(message = "Пустой показатель") TargetInput> indicators) {
    }

    @Schema(name = "MeasureTargetInput")
    public record TargetInput(@NotNull(message = "Укажите показатель") Long indicatorId,
                              @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS)
                              @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS)
                              java.math.BigDecimal targetValue) {
    }

    @Schema(name = "ResponsibleInput", description = "A responsible as written; a body, or every school of the territory")
    public record ResponsibleInput(@NotBlank(message = "Укажите ответственного") @Size(max = 500, message = "Не длиннее 500 знаков") String label,
                                   Long bodyId, boolean allSchools) {
    }
}
