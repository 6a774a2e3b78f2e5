package ru.rostok.recommendation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.rostok.common.Numbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.recommendation.Recommendation;

@Schema(name = "RecommendationInput", description = "To whom (a school, a municipality or a body), on what basis, what, by when")
public record RecommendationInput(@NotNull(message = "{validation.giveAddressee}") Recommendation.Addressee addresseeKind,
                    Long schoolId, Long municipalityId, Long bodyId,
                    @NotNull(message = "{validation.giveBasis}") Recommendation.Basis basisKind,
                    Long analysisRunId, Long schoolListId,
                    @Size(max = 2000, message = "{validation.most2000Characters}") String basis,
                    @NotBlank(message = "{validation.giveTextRecommendation}") @Size(max = 5000, message = "{validation.most5000Characters}") String text,
                    @NotNull(message = "{validation.giveDeadline}") LocalDate deadline,
                    @Schema(description = "Indicators of the region's catalogue the recommendation should move, with targets")
                    @Size(max = 100, message = "{validation.most100Indicators}")
                    List<@Valid @NotNull(message = "{validation.emptyIndicator}") TargetInput> indicators) {

    @Schema(name = "RecommendationTargetInput", description = "An indicator the recommendation should move and its target value")
    public record TargetInput(@NotNull(message = "{validation.giveIndicator}") Long indicatorId,
                              @Digits(integer = Numbers.INTEGER_DIGITS, fraction = Numbers.FRACTION_DIGITS, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                              @DecimalMin(value = Numbers.MIN, message = Numbers.OUT_OF_BOUNDS_MESSAGE)
                              @DecimalMax(value = Numbers.MAX, message = Numbers.OUT_OF_BOUNDS_MESSAGE) BigDecimal targetValue) {
    }
}
