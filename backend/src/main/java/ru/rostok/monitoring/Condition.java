package ru.rostok.monitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Numbers;

/** «VPR_F2 > 20»: one threshold on one indicator. */
@Schema(name = "RuleCondition")
public record Condition(@NotBlank(message = "{validation.giveIndicator}") @Size(max = 40, message = "{validation.indicatorCodeMost40Characters}") String indicatorCode,
                        @NotNull(message = "{validation.giveComparison}") Operator operator,
                        @NotNull(message = "{validation.giveThreshold}")
                        @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                        @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                        BigDecimal threshold) {

    public enum Operator {
        GT(">"), GE("≥"), LT("<"), LE("≤");

        public final String sign;

        Operator(String sign) {
            this.sign = sign;
        }

        public boolean holds(double value, double threshold) {
            return switch (this) {
                case GT -> value > threshold;
                case GE -> value >= threshold;
                case LT -> value < threshold;
                case LE -> value <= threshold;
            };
        }
    }

    public String text() {
        return indicatorCode + " " + operator.sign + " " + threshold.stripTrailingZeros().toPlainString();
    }
}
