package ru.rostok.analysis.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.engine.Position;

@Schema(name = "AnalysisSchoolRow", description = "A school in the ranked table of a run")
public record AnalysisSchoolRowView(long schoolId, String schoolName, long municipalityId, String municipalityName, int cluster, Double composite,
                        Integer rank, Integer rankInMunicipality, Position position, String reason, int signals) {
}
