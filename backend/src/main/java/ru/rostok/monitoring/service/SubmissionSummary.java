package ru.rostok.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.SubmissionStatus;

@Schema(name = "SubmissionSummary", description = "A school's task in a campaign: where its data stands")
public record SubmissionSummary(
        long campaignId,
        String campaignName,
        String academicYear,
        CampaignStatus campaignStatus,
        LocalDate closesOn,
        long schoolId,
        String schoolName,
        String schoolInn,
        long municipalityId,
        String municipalityName,
        SubmissionStatus status,
        OffsetDateTime submittedAt,
        OffsetDateTime reviewedAt,
        @Schema(description = "Not handed in although the closing date has passed") boolean overdue) {
}
