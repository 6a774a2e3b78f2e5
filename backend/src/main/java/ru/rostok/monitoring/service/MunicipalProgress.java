package ru.rostok.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.SubmissionStatus;

@Schema(name = "MunicipalProgress", description = "Where each municipality's data stands in a campaign of municipalities (in the caller's scope)")
public record MunicipalProgress(long campaignId, LocalDate closesOn, Counts total, List<Row> municipalities) {

    @Schema(name = "MunicipalStatusCounts")
    public record Counts(long municipalities, long notStarted, long draft, long submitted, long returned, long accepted,
                         @Schema(description = "Not handed in although the closing date has passed") long overdue) {
    }

    @Schema(name = "MunicipalSubmissionSummary", description = "A municipality asked by the campaign and where its data stands")
    public record Row(long municipalityId, String municipalityName, SubmissionStatus status, OffsetDateTime submittedAt,
                      OffsetDateTime reviewedAt, @Schema(description = "Not handed in although the closing date has passed") boolean overdue) {
    }
}
