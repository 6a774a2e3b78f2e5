package ru.rostok.monitoring.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.ReviewAction;
import ru.rostok.monitoring.SubmissionStatus;

@Schema(name = "SubmissionView", description = "A school's data in a campaign, its review and history")
public record SubmissionView(
        long campaignId,
        String campaignName,
        CampaignStatus campaignStatus,
        LocalDate closesOn,
        long schoolId,
        String schoolName,
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
        List<Value> values,
        List<Review> reviews) {

    @Schema(name = "SubmittedValue")
    public record Value(long indicatorId, String code, BigDecimal value, Integer numerator, Integer denominator, String reviewComment) {
    }

    @Schema(name = "SubmissionReview", description = "A step of the review")
    public record Review(ReviewAction action, String comment, Map<String, String> valueComments, String actor, OffsetDateTime occurredAt) {
    }
}
