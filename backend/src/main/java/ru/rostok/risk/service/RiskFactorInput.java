package ru.rostok.risk.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.risk.WeightedCondition;

@Schema(name = "RiskFactorInput", description = "A factor: weighted conditions; the met weights add up to a score, lowAt ≤ mediumAt ≤ highAt give the level")
public record RiskFactorInput(@NotNull(message = "{validation.giveRegion}") Long regionId,
                          @NotBlank(message = "{validation.giveName}") @Size(max = 500, message = "{validation.most500Characters}") String name,
                          @NotEmpty(message = "{validation.addLeastOneCondition}") @Size(max = 50, message = "{validation.most50Conditions}") List<@Valid @NotNull(message = "{validation.emptyCondition}") WeightedCondition> conditions,
                          @NotNull(message = "{validation.giveLowLevelThreshold}") @DecimalMin(value = "0.01", message = "{validation.greaterThanZero}") @Digits(integer = 6, fraction = 2, message = "{validation.most99999999Two}")
                          @DecimalMax(value = "999999.99", message = "{validation.most99999999Two}")
                          BigDecimal lowAt,
                          @NotNull(message = "{validation.giveMediumLevelThreshold}") @Digits(integer = 6, fraction = 2, message = "{validation.most99999999Two}")
                          @DecimalMax(value = "999999.99", message = "{validation.most99999999Two}") BigDecimal mediumAt,
                          @NotNull(message = "{validation.giveHighLevelThreshold}") @Digits(integer = 6, fraction = 2, message = "{validation.most99999999Two}")
                          @DecimalMax(value = "999999.99", message = "{validation.most99999999Two}") BigDecimal highAt,
                          Integer position,
                          @Schema(description = "For a change only") Long version) {
}
