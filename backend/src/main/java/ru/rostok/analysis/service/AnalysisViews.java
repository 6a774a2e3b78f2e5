package ru.rostok.analysis.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.engine.ContextClusters;
import ru.rostok.analysis.engine.Position;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;

/** What the analysis API answers. */
public final class AnalysisViews {
    private AnalysisViews() {
    }

    @Schema(name = "AnalysisRunSummary", description = "A run in the campaign's list of runs")
    public record RunSummary(long id, long campaignId, AnalysisSettings.ComparisonGroup comparison, String dataVersion, int schools,
                             int ranked, Map<Position, Integer> positions, String createdBy, OffsetDateTime createdAt) {
    }

    @Schema(name = "AnalysisRun", description = "A run: settings as applied, the data version it read, clusters, distributions, positions")
    public record Run(long id, long campaignId, String campaignName, String academicYear, AnalysisSettings settings,
                      @Schema(description = "SHA-256 of every value, sample, school and indicator read: equal versions mean equal data") String dataVersion,
                      @Schema(description = "Whether the campaign's data today is still what this run read") boolean current,
                      int schools, int ranked, Map<Position, Integer> positions,
                      List<ru.rostok.analysis.RunSummary.IndicatorRef> indicators, List<ContextClusters.Cluster> clusters, List<String> clusterFeatures,
                      List<AnalysisResult.Distribution> distributions,
                      @Schema(description = "Mean category scores: \"all\" for the campaign, then by cluster number") Map<String, Map<IndicatorCategory, Double>> categoryMeans,
                      String createdBy, OffsetDateTime createdAt) {
    }

    @Schema(name = "AnalysisSchoolRow", description = "A school in the ranked table of a run")
    public record SchoolRow(long schoolId, String schoolName, long municipalityId, String municipalityName, int cluster, Double composite,
                            Integer rank, Integer rankInMunicipality, Position position, String reason, int signals) {
    }

    @Schema(name = "AnalysisSchool", description = "One school in a run: each indicator's value and score, categories against its cluster and the campaign, signals")
    public record School(SchoolRow school, String clusterDescription, Map<IndicatorCategory, Double> categories,
                         Map<IndicatorCategory, Double> clusterCategories, Map<IndicatorCategory, Double> campaignCategories,
                         List<IndicatorResult> indicators, int judged, List<String> strengths, List<String> weaknesses,
                         List<AnalysisResult.Signal> signals) {
    }

    @Schema(name = "AnalysisIndicatorResult", description = "A value and its standardised score (higher is better); small-sample values are not judged")
    public record IndicatorResult(String code, String name, String unit, IndicatorCategory category, Direction direction,
                                  ru.rostok.monitoring.ValueType valueType, Double value,
                                  Integer sample, Integer minSample,
                                  @Schema(description = "Standardised within the comparison group, turned so that higher is better, −3…3; null when not judged") Double score,
                                  boolean smallSample,
                                  @Schema(description = "The school's group was too small, so it was compared with the whole campaign") boolean comparedWithCampaign) {
    }
}
