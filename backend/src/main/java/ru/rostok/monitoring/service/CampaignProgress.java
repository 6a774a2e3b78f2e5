package ru.rostok.monitoring.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignProgress", description = "How many schools stand where, in the whole campaign and per municipality (in the caller's scope)")
public record CampaignProgress(long campaignId, LocalDate closesOn, Counts total, List<Municipality> municipalities) {

    @Schema(name = "StatusCounts")
    public record Counts(long schools, long notStarted, long draft, long submitted, long returned, long accepted,
                         @Schema(description = "Not handed in although the closing date has passed") long overdue) {
    }

    @Schema(name = "MunicipalityProgress")
    public record Municipality(long municipalityId, String municipalityName, Counts counts) {
    }
}
