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
        @NotNull(message = "{validation.giveVersionYouChanging}") Long version,
        @NotNull(message = "{validation.sendValues}") @Size(max = 1000, message = "{validation.most1000ValuesTime}") List<@Valid @NotNull(message = "{validation.emptyValue}") Value> values) {

    @Schema(name = "ValueInput", description = "One value; a percent is given by its numerator and denominator")
    public record Value(@NotNull(message = "{validation.giveIndicator}") Long indicatorId,
                        @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                        @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                        BigDecimal value,
                        Integer numerator, Integer denominator) {
    }
}
