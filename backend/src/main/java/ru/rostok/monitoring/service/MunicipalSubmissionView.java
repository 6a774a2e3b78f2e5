package ru.rostok.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.SubmissionStatus;

@Schema(name = "MunicipalSubmissionView", description = "A municipality's data in a campaign of municipalities, its review and history")
public record MunicipalSubmissionView(
        long campaignId,
        String campaignName,
        CampaignStatus campaignStatus,
        LocalDate closesOn,
        long municipalityId,
        String municipalityName,
        SubmissionStatus status,
        @Schema(description = "The reviewer's overall comment of the last return") String reviewComment,
        OffsetDateTime submittedAt,
        String submittedBy,
        OffsetDateTime reviewedAt,
        String reviewedBy,
        @Schema(description = "The caller may save values now") boolean editable,
        @Schema(description = "The caller may accept or return it now") boolean reviewable,
        @Schema(description = "The caller may reopen it now") boolean reopenable,
        long version,
        List<SubmissionView.Value> values,
        List<SubmissionView.Review> reviews) {
}
