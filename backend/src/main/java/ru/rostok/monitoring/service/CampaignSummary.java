package ru.rostok.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Respondent;

@Schema(name = "CampaignSummary", description = "A campaign in a list")
public record CampaignSummary(
        long id,
        String name,
        String academicYear,
        CampaignStatus status,
        @Schema(description = "Who answers: schools or the region's municipalities") Respondent respondent,
        long regionId,
        String regionName,
        Long municipalityId,
        String municipalityName,
        String orderNumber,
        LocalDate orderDate,
        long orderBodyId,
        String orderBodyName,
        LocalDate opensOn,
        LocalDate closesOn,
        @Schema(description = "Schools asked; 0 in a campaign of municipalities") long schoolCount,
        int indicatorCount,
        long version,
        OffsetDateTime updatedAt) {
}
