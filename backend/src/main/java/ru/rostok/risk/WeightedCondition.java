package ru.rostok.risk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Numbers;
import ru.rostok.monitoring.Condition;

/** «ST_VAC ≥ 2, вес 2»: a condition on an indicator and what it adds to the factor's score when met. */
@Schema(name = "RiskCondition")
public record WeightedCondition(@NotBlank(message = "{validation.giveIndicator}") @Size(max = 40, message = "{validation.indicatorCodeMost40Characters}") String indicatorCode,
                                @NotNull(message = "{validation.giveComparison}") Condition.Operator operator,
                                @NotNull(message = "{validation.giveThreshold}")
                                @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                                @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                                BigDecimal threshold,
                                @NotNull(message = "{validation.giveWeight}") @DecimalMin(value = "0.01", message = "{validation.weightGreaterThanZero}")
                                @Digits(integer = 4, fraction = 2, message = "{validation.weightMost999999Two}")
                                @DecimalMax(value = "9999.99", message = "{validation.weightMost999999Two}") BigDecimal weight) {

    public Condition condition() {
        return new Condition(indicatorCode, operator, threshold);
    }
}
