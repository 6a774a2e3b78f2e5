package ru.rostok.cycle.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CycleLink", description = "A record (CAMPAIGN, ANALYSIS with the campaign's id, MUNICIPAL_SUBMISSION with the campaign's id, SCHOOL_LIST, ROADMAP, DECISION) or a page "
        + "filtered to the municipality (CAMPAIGNS, SCHOOL_LISTS, ROADMAPS, PARTNERSHIPS, RECOMMENDATIONS, CONTROL)")
public record CycleLink(String kind, Long id, @Schema(description = "For ANALYSIS: the campaign analysed; for MUNICIPAL_SUBMISSION: the campaign of municipalities") Long campaignId, Long municipalityId) {
    public static CycleLink record(String kind, long id) {
        return new CycleLink(kind, id, null, null);
    }

    public static CycleLink page(String kind, long municipalityId) {
        return new CycleLink(kind, null, null, municipalityId);
    }
}
