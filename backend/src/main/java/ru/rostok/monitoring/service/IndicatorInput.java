package ru.rostok.monitoring.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Numbers;
import ru.rostok.common.Subject;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.ValueType;

@Schema(name = "IndicatorInput", description = "An indicator as created or changed; version is required for a change")
public record IndicatorInput(
        @NotNull(message = "{validation.giveRegion}") Long regionId,
        @NotBlank(message = "{validation.giveIndicatorCode}")
        @Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9_]{0,39}\\s*", message = "{validation.codeLatinLettersDigitsAnd}")
        String code,
        @NotBlank(message = "{validation.giveName2}") @Size(max = 500, message = "{validation.most500Characters}") String name,
        @Size(max = 4000, message = "{validation.most4000Characters}") @Schema(description = "How the value is computed") String description,
        @NotNull(message = "{validation.giveIndicatorGroup}") IndicatorCategory category,
        @Schema(description = "Whom it is asked of: SCHOOL (when not given on creation) or MUNICIPALITY; kept as it is when not given on a change")
        Respondent respondent,
        @NotBlank(message = "{validation.giveUnitMeasurement}") @Size(max = 40, message = "{validation.most40Characters}") String unit,
        @NotNull(message = "{validation.giveValueType}") ValueType valueType,
        @NotNull(message = "{validation.giveDirection}") Direction direction,
        @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
        @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
        BigDecimal minValue,
        @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
        @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
        BigDecimal maxValue,
        @Min(value = 0, message = "{validation.minimumSampleCannotNegative}")
        @Schema(description = "Below this sample (the denominator of a percent) a value is shown but not judged") Integer minSample,
        @Schema(description = "The subject the indicator is about, when one (ОГЭ по математике: MATHEMATICS); empty for the others") Subject subject,
        Long version) {
}
