package ru.rostok.deficit.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetenceAssessmentTopicInput", description = "The score in one topic or competence; 0 ≤ score ≤ maxScore")
public record TopicInput(
        @NotBlank(message = "{validation.deficitGiveTopic}") @Size(max = 300, message = "{validation.most300Characters}") String topic,
        @NotNull(message = "{validation.deficitGiveScore}") @DecimalMin(value = "0", message = "{validation.deficitScoreNegative}")
        @DecimalMax(value = "99999.99", message = "{validation.deficitScoreTooLarge}")
        @Digits(integer = 5, fraction = 2, message = "{validation.deficitScoreDigits}") BigDecimal score,
        @NotNull(message = "{validation.deficitGiveMaxScore}") @DecimalMin(value = "0", inclusive = false, message = "{validation.deficitMaxScorePositive}")
        @DecimalMax(value = "99999.99", message = "{validation.deficitScoreTooLarge}")
        @Digits(integer = 5, fraction = 2, message = "{validation.deficitScoreDigits}") BigDecimal maxScore,
        @Schema(description = "Whether the assessment found a deficit here; when not given, " + DeficitRule.DESCRIPTION) Boolean deficit) {
}
