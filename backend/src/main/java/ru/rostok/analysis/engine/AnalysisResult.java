package ru.rostok.analysis.engine;

import java.util.List;
import java.util.Map;
import ru.rostok.monitoring.IndicatorCategory;

/** Everything a run computes; {@link AnalysisEngine} makes it from data and settings alone. */
public record AnalysisResult(AnalysisSettings settings, List<SchoolResult> schools, List<ContextClusters.Cluster> clusters,
                             List<String> clusterFeatures, List<Distribution> distributions, Map<Position, Integer> positions) {

    /**
     * One school: its cluster, its composite index and ranks (null without enough judged values), its position and the
     * rule that gave it, its category scores, per indicator the normalised score (NaN when not judged) and flags; the
     * composite with every share at the worst and the best end of its interval, and the places those allow.
     */
    public record SchoolResult(long schoolId, long municipalityId, int cluster, Double composite, Integer rank, Integer rankInMunicipality,
                               Position position, String reason, int judged, Map<IndicatorCategory, Double> categories, double[] scores,
                               boolean[] smallSample, boolean[] regionFallback, List<String> strengths, List<String> weaknesses,
                               List<Signal> signals, Double compositeLow, Double compositeHigh, Integer rankLow, Integer rankHigh) {
    }

    /** Something in the data worth checking — never a verdict. */
    public record Signal(String kind, String indicator, String message) {
    }

    /** An indicator's spread over the campaign (box plot), judged values only, and how many were left out. */
    public record Distribution(String code, int count, int smallSamples, int missing, Double min, Double q1, Double median, Double q3,
                               Double max, Double mean) {
    }
}
