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
        @NotNull(message = "Укажите вид документа") DecisionKind kind,
        @NotBlank(message = "Укажите номер") @Size(max = 40, message = "Не длиннее 40 знаков") String number,
        @NotNull(message = "Укажите дату") LocalDate date,
        @NotBlank(message = "Укажите заголовок") @Size(max = 1000, message = "Не длиннее 1000 знаков") String title,
        @Size(max = 8000, message = "Не длиннее 8000 знаков") String preamble,
        Long issuerBodyId,
        @NotBlank(message = "Укажите, кто принял решение") @Size(max = 500, message = "Не длиннее 500 знаков") String issuerLabel,
        @NotNull(message = "Укажите субъект") Long regionId,
        Long municipalityId,
        @Size(max = 500, message = "Не длиннее 500 знаков") String controllerLabel,
        Long controllerBodyId,
        @Size(max = 200, message = "Не длиннее 200 знаков") String controllerPerson,
        @NotNull(message = "Передайте пункты") @Size(max = 500, message = "Не больше 500 пунктов")
        List<@Valid @NotNull(message = "Пустой пункт") PointInput> points,
        @Schema(description = "The version being changed (for a change only)") Long version) {

    @Schema(name = "PointInput", description = "A point and its sub-points; on a change, id keeps an existing point with its status and reports")
    public record PointInput(
            Long id,
            @NotBlank(message = "Укажите номер пункта") @Size(max = 20, message = "Не длиннее 20 знаков") String number,
            @NotBlank(message = "Укажите текст пункта") @Size(max = 4000, message = "Не длиннее 4000 знаков") String text,
            @Size(max = 1000, message = "Не длиннее 1000 знаков") String deadlineText,
            @Size(max = 50, message = "Не больше 50 исполнителей")
            List<@Valid @NotNull(message = "Пустой исполнитель") AssigneeInput> assignees,
            @Size(max = 500, message = "Не больше 500 подпунктов")
            List<@Valid @NotNull(message = "Пустой подпункт") PointInput> points) {
    }

    @Schema(name = "AssigneeInput", description = "«Управлению образования … (Димарцо Е.В.)»: the body, the person; or every school")
    public record AssigneeInput(@NotBlank(message = "Укажите исполнителя") @Size(max = 500, message = "Не длиннее 500 знаков") String label,
                                @Size(max = 200, message = "Не длиннее 200 знаков") String person, Long bodyId, boolean allSchools) {
    }
}
