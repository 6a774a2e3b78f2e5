package ru.rostok.partnership.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerSuggestion", description = "A strong school suggested as a partner, nearest first, with the reason")
public record PartnerSuggestionView(long schoolId, String schoolName, long municipalityId, String municipalityName, int cluster, Integer rank,
                         Double composite, boolean sameMunicipality, boolean sameCluster,
                         @Schema(description = "Indicators where the weak school is weak and this one strong") List<String> helpsWith,
                         String reason) {
}
