package ru.rostok.analysis;

import java.util.List;
import java.util.Map;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.analysis.engine.ContextClusters;
import ru.rostok.analysis.engine.Position;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;

/**
 * What a run found about the campaign as a whole, as computed: the indicators in the order of each school's detail,
 * the clusters, the distributions, the positions, and the mean category scores of the campaign ("all") and of each cluster.
 */
public record RunSummary(List<IndicatorRef> indicators, List<ContextClusters.Cluster> clusters, List<String> clusterFeatures,
                         List<AnalysisResult.Distribution> distributions, Map<Position, Integer> positions,
                         Map<String, Map<IndicatorCategory, Double>> categoryMeans) {

    public record IndicatorRef(long id, String code, String name, String unit, IndicatorCategory category, Direction direction,
                               Integer minSample, ru.rostok.monitoring.ValueType valueType) {
    }
}
