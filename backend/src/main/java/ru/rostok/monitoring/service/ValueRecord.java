package ru.rostok.monitoring.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Numbers;

@Schema(name = "ValueRecord", description = "One value in long format, addressed by public codes")
public record ValueRecord(@Schema(description = "The school's INN") String schoolInn, String indicatorCode,
                          @Schema(description = "Checked as it is read: " + Numbers.OUT_OF_BOUNDS)
                          @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                          @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                          BigDecimal value, Integer numerator, Integer denominator) {
}
