package ru.rostok.analysis.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.engine.ContextClusters;
import ru.rostok.analysis.engine.Position;
import ru.rostok.monitoring.IndicatorCategory;

@Schema(name = "AnalysisRun", description = "A run: settings as applied, the data version it read, clusters, distributions, positions")
public record AnalysisRunView(long id, long campaignId, String campaignName, String academicYear, AnalysisSettings settings,
                  @Schema(description = "SHA-256 of every value, sample, school and indicator read: equal versions mean equal data") String dataVersion,
                  @Schema(description = "Whether the campaign's data today is still what this run read") boolean current,
                  int schools, int ranked, Map<Position, Integer> positions,
                  List<ru.rostok.analysis.RunSummary.IndicatorRef> indicators, List<ContextClusters.Cluster> clusters, List<String> clusterFeatures,
                  List<AnalysisResult.Distribution> distributions,
                  @Schema(description = "Mean category scores: \"all\" for the campaign, then by cluster number") Map<String, Map<IndicatorCategory, Double>> categoryMeans,
                  String createdBy, OffsetDateTime createdAt) {
}
