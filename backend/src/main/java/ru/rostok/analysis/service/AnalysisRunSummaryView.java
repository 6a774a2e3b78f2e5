package ru.rostok.analysis.service;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.engine.Position;

@Schema(name = "AnalysisRunSummary", description = "A run in the campaign's list of runs")
public record AnalysisRunSummaryView(long id, long campaignId, AnalysisSettings.ComparisonGroup comparison, String dataVersion, int schools,
                         int ranked, Map<Position, Integer> positions, String createdBy, OffsetDateTime createdAt) {
}
