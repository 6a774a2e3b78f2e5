package ru.rostok.analysis.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.engine.Position;

@Schema(name = "AnalysisSchoolRow", description = "A school in the ranked table of a run")
public record AnalysisSchoolRowView(long schoolId, String schoolName, long municipalityId, String municipalityName, int cluster, Double composite,
                        Integer rank, Integer rankInMunicipality, Position position, String reason, int signals,
                        @Schema(description = "The best place the school could take given the 95 % intervals of its shares; null for a run made before ranges or without a rank") Integer rankLow,
                        @Schema(description = "The worst place the school could take given those intervals") Integer rankHigh) {
}
