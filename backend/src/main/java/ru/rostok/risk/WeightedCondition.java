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
public record WeightedCondition(@NotBlank(message = "Укажите показатель") @Size(max = 40, message = "Код показателя не длиннее 40 знаков") String indicatorCode,
                                @NotNull(message = "Укажите сравнение") Condition.Operator operator,
                                @NotNull(message = "Укажите порог")
                                @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS)
                                @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS)
                                BigDecimal threshold,
                                @NotNull(message = "Укажите вес") @DecimalMin(value = "0.01", message = "Вес больше нуля")
                                @Digits(integer = 4, fraction = 2, message = "Вес — не больше 9999,99, до двух знаков после запятой")
                                @DecimalMax(value = "9999.99", message = "Вес — не больше 9999,99, до двух знаков после запятой") BigDecimal weight) {

    public Condition condition() {
        return new Condition(indicatorCode, operator, threshold);
    }
}
