package ru.rostok.analysis.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;

@Schema(name = "AnalysisIndicatorResult", description = "A value and its standardised score (higher is better); small-sample values are not judged")
public record AnalysisIndicatorResultView(String code, String name, String unit, IndicatorCategory category, Direction direction,
                              ru.rostok.monitoring.ValueType valueType, Double value,
                              Integer sample, Integer minSample,
                              @Schema(description = "Standardised within the comparison group, turned so that higher is better, −3…3; null when not judged") Double score,
                              boolean smallSample,
                              @Schema(description = "The school's group was too small, so it was compared with the whole campaign") boolean comparedWithCampaign) {
}
