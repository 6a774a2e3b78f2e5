package ru.rostok.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;

@Schema(name = "CampaignSummary", description = "A campaign in a list")
public record CampaignSummary(
        long id,
        String name,
        String academicYear,
        CampaignStatus status,
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
        long schoolCount,
        int indicatorCount,
        long version,
        OffsetDateTime updatedAt) {
}
