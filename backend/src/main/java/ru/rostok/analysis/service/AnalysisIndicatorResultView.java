package ru.rostok.analysis.service;

import ru.rostok.common.stats.Interval;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;

@Schema(name = "AnalysisIndicatorResult", description = "A value and its standardised score (higher is better); small-sample values are not judged")
public record AnalysisIndicatorResultView(String code, String name, String unit, IndicatorCategory category, Direction direction,
                              ru.rostok.monitoring.ValueType valueType, Double value,
                              Integer sample, Integer minSample,
                              @Schema(description = "Standardised within the comparison group, turned so that higher is better, −3…3; null when not judged") Double score,
                              boolean smallSample,
                              @Schema(description = "The school's group was too small, so it was compared with the whole campaign") boolean comparedWithCampaign,
                              @Schema(description = "For a share with its sample: Wilson's 95 % interval of the value, in percent") Interval interval,
                              @Schema(description = "The median of the campaign's judged values of the indicator") Double regionMedian,
                              @Schema(description = "Whether the interval lies wholly below or above the campaign's median; NOT_PROVEN when it covers it; null without an interval") Versus versusRegion) {

    /** Where a school's value stands against a median, said only when its interval says so. */
    public enum Versus { BELOW, ABOVE, NOT_PROVEN;

        public static Versus of(Interval interval, Double median) {
            if (interval == null || median == null) {
                return null;
            }
            return interval.high() < median ? BELOW : interval.low() > median ? ABOVE : NOT_PROVEN;
        }
    }
}
