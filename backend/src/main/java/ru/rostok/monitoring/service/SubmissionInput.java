package ru.rostok.monitoring.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Numbers;

@Schema(name = "SubmissionInput", description = "The values a school saves; the version it read (0 before the first save)")
public record SubmissionInput(
        @NotNull(message = "Укажите версию, которую вы изменяете") Long version,
        @NotNull(message = "Передайте значения") @Size(max = 1000, message = "Не больше 1000 значений за раз") List<@Valid @NotNull(message = "Пустое значение") Value> values) {

    @Schema(name = "ValueInput", description = "One value; a percent is given by its numerator and denominator")
    public record Value(@NotNull(message = "Укажите показатель") Long indicatorId,
                        @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS)
                        @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS)
                        BigDecimal value,
                        Integer numerator, Integer denominator) {
    }
}
