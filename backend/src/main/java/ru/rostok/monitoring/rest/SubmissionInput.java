package ru.rostok.monitoring.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionInput", description = "The values a school saves; the version it read (0 before the first save)")
public record SubmissionInput(
        @NotNull(message = "Укажите версию, которую вы изменяете") Long version,
        @NotNull(message = "Передайте значения") List<@Valid @NotNull(message = "Пустое значение") Value> values) {

    @Schema(name = "ValueInput", description = "One value; a percent is given by its numerator and denominator")
    public record Value(@NotNull(message = "Укажите показатель") Long indicatorId, BigDecimal value, Integer numerator, Integer denominator) {
    }
}
