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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.risk.RiskLevel;
import ru.rostok.risk.WeightedCondition;

/** What the risk profile API accepts and answers. */
public final class RiskViews {
    private RiskViews() {
    }

    @Schema(name = "RiskFactorInput", description = "A factor: weighted conditions; the met weights add up to a score, lowAt ≤ mediumAt ≤ highAt give the level")
    public record FactorInput(@NotNull(message = "{validation.giveRegion}") Long regionId,
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

    @Schema(name = "RiskFactor")
    public record Factor(long id, long regionId, int position, String name, List<WeightedCondition> conditions, BigDecimal lowAt,
                         BigDecimal mediumAt, BigDecimal highAt, long version) {
    }

    @Schema(name = "RiskProfile", description = "A school's risk profile computed from a campaign's handed-in values, with the school's word on each factor")
    public record Profile(long schoolId, String schoolName, CampaignRef campaign, List<CampaignRef> campaigns, List<FactorResult> factors,
                          @Schema(description = "What the caller may do with the profile: assess (confirm or correct a factor)")
                          List<String> actions) {
    }

    @Schema(name = "RiskCampaignRef")
    public record CampaignRef(long id, String name, String academicYear) {
    }

    @Schema(name = "RiskFactorResult")
    public record FactorResult(long factorId, String name, RiskLevel computedLevel, BigDecimal score, BigDecimal maxScore, List<Check> checks,
                               @Schema(description = "The level the school confirmed or corrected to; null until it has") RiskLevel schoolLevel,
                               String comment, String assessedBy, OffsetDateTime assessedAt,
                               @Schema(description = "Whether the school's word was given on the level computed now (false: the data changed since)") boolean assessedOnCurrent,
                               Long assessmentVersion) {
    }

    @Schema(name = "RiskCheck")
    public record Check(String indicatorCode, String indicatorName, String condition, BigDecimal weight, Double value, boolean met, boolean judged) {
    }

    @Schema(name = "RiskAssessmentInput", description = "Confirm the computed level (the same level) or correct it (another level, with a comment)")
    public record AssessmentInput(@NotNull(message = "{validation.giveMonitoring}") Long campaignId,
                                  @NotNull(message = "{validation.giveLevel}") RiskLevel level,
                                  @Size(max = 2000, message = "{validation.most2000Characters}") String comment,
                                  @Schema(description = "The assessment's version when changing an earlier one") Long version) {
    }
}
