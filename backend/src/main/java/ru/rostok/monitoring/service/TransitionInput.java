package ru.rostok.monitoring.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;

@Schema(name = "TransitionInput", description = "Move a campaign to the next status")
public record TransitionInput(@NotNull(message = "Укажите новый статус") CampaignStatus to,
                              @NotNull(message = "Укажите версию кампании") Long version) {
}
