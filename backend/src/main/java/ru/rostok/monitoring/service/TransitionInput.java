package ru.rostok.monitoring.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;

@Schema(name = "TransitionInput", description = "Move a campaign to the next status")
public record TransitionInput(@NotNull(message = "{validation.giveNewStatus}") CampaignStatus to,
                              @NotNull(message = "{validation.giveCampaignVersion}") Long version) {
}
