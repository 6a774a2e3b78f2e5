package ru.rostok.risk.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.risk.RiskLevel;

@Schema(name = "RiskAssessmentInput", description = "Confirm the computed level (the same level) or correct it (another level, with a comment)")
public record RiskAssessmentInput(@NotNull(message = "{validation.giveMonitoring}") Long campaignId,
                              @NotNull(message = "{validation.giveLevel}") RiskLevel level,
                              @Size(max = 2000, message = "{validation.most2000Characters}") String comment,
                              @Schema(description = "The assessment's version when changing an earlier one") Long version) {
}
