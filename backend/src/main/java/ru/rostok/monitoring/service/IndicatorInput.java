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
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.ValueType;

@Schema(name = "IndicatorInput", description = "An indicator as created or changed; version is required for a change")
public record IndicatorInput(
        @NotNull(message = "Укажите субъект") Long regionId,
        @NotBlank(message = "Укажите код показателя")
        @Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9_]{0,39}\\s*", message = "Код: латинские буквы, цифры и «_», до 40 знаков, начиная с буквы")
        String code,
        @NotBlank(message = "Укажите наименование") @Size(max = 500, message = "Не длиннее 500 знаков") String name,
        @Size(max = 4000, message = "Не длиннее 4000 знаков") @Schema(description = "How the value is computed") String description,
        @NotNull(message = "Укажите группу показателя") IndicatorCategory category,
        @NotBlank(message = "Укажите единицу измерения") @Size(max = 40, message = "Не длиннее 40 знаков") String unit,
        @NotNull(message = "Укажите тип значения") ValueType valueType,
        @NotNull(message = "Укажите направление") Direction direction,
        @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS)
        @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS)
        BigDecimal minValue,
        @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS)
        @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS) @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS)
        BigDecimal maxValue,
        @Min(value = 0, message = "Минимальная выборка не может быть отрицательной")
        @Schema(description = "Below this sample (the denominator of a percent) a value is shown but not judged") Integer minSample,
        Long version) {
}
