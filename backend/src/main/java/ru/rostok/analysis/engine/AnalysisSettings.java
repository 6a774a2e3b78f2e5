package ru.rostok.analysis.engine;

import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.IndicatorCategory;

/**
 * What an analyst chooses for a run. Everything left out takes the default, and the run keeps the settings as they were
 * applied, so the same data and settings give the same numbers.
 */
@Schema(name = "AnalysisSettings", description = "How a campaign is analysed; fields left out take their defaults")
public record AnalysisSettings(
        @Schema(description = "Whom a school is compared with: the whole campaign (REGION), its municipality, or its context cluster. Default CLUSTER")
        ComparisonGroup comparison,
        @Schema(description = "Weights of the categories in the composite index. Default RESULTS 0.5, STAFF 0.2, CONDITIONS 0.15, MANAGEMENT 0.15, OBJECTIVITY 0")
        Map<IndicatorCategory, Double> weights,
        @Schema(description = "Number of context clusters, 1 to 12. Default 4 (fewer when there are few schools)") Integer clusters,
        @Schema(description = "Share of ranked schools in the weak position, 0 to 0.5. Default 0.2") Double weakShare,
        @Schema(description = "Share of ranked schools in the strong position, 0 to 0.5. Default 0.2") Double strongShare,
        @Schema(description = "Fewest judged values (sample large enough) a school needs for a position. Default 3") Integer minIndicators,
        @Schema(description = "Only accepted submissions (default: submitted and accepted)") Boolean acceptedOnly,
        @Schema(description = "Signal when OBJ_GAP2 (ВПР vs journal differ by 2+) is at least this percent. Default 15") Double gapSignal,
        @Schema(description = "Signal when OBJ_CONFIRM (ВПР confirmed the year mark) is below this percent. Default 50") Double confirmSignal,
        @Schema(description = "Signal when a result is this many standard deviations better than the campaign's mean. Default 2") Double highResultSignal) {

    public enum ComparisonGroup { REGION, MUNICIPALITY, CLUSTER }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(null, null, null, null, null, null, null, null, null, null).withDefaults();
    }

    /** The settings with every gap filled by its default; this is what a run records. */
    public AnalysisSettings withDefaults() {
        Map<IndicatorCategory, Double> w = new EnumMap<>(IndicatorCategory.class);
        w.put(IndicatorCategory.RESULTS, 0.5);
        w.put(IndicatorCategory.STAFF, 0.2);
        w.put(IndicatorCategory.CONDITIONS, 0.15);
        w.put(IndicatorCategory.MANAGEMENT, 0.15);
        w.put(IndicatorCategory.OBJECTIVITY, 0.0);
        if (weights != null) {
            w.putAll(weights);
        }
        w.remove(IndicatorCategory.CONTEXT); // context describes conditions; it is never judged
        return new AnalysisSettings(comparison == null ? ComparisonGroup.CLUSTER : comparison, w, clusters == null ? 4 : clusters,
                weakShare == null ? 0.2 : weakShare, strongShare == null ? 0.2 : strongShare, minIndicators == null ? 3 : minIndicators,
                acceptedOnly != null && acceptedOnly, gapSignal == null ? 15.0 : gapSignal, confirmSignal == null ? 50.0 : confirmSignal,
                highResultSignal == null ? 2.0 : highResultSignal);
    }

    public double weight(IndicatorCategory c) {
        Double v = weights.get(c);
        return v == null ? 0 : v;
    }
}
