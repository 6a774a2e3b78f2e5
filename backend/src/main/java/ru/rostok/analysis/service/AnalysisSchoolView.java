package ru.rostok.analysis.service;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.monitoring.IndicatorCategory;

@Schema(name = "AnalysisSchool", description = "One school in a run: each indicator's value and score, categories against its cluster and the campaign, signals")
public record AnalysisSchoolView(AnalysisSchoolRowView school, String clusterDescription, Map<IndicatorCategory, Double> categories,
                     Map<IndicatorCategory, Double> clusterCategories, Map<IndicatorCategory, Double> campaignCategories,
                     List<AnalysisIndicatorResultView> indicators, int judged, List<String> strengths, List<String> weaknesses,
                     List<AnalysisResult.Signal> signals) {
}
