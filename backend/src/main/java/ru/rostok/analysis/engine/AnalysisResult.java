package ru.rostok.analysis.engine;

import java.util.List;
import java.util.Map;
import ru.rostok.monitoring.IndicatorCategory;

/** Everything a run computes; {@link AnalysisEngine} makes it from data and settings alone. */
public record AnalysisResult(AnalysisSettings settings, List<SchoolResult> schools, List<ContextClusters.Cluster> clusters,
                             List<String> clusterFeatures, List<Distribution> distributions, Map<Position, Integer> positions) {

    /**
     * One school: its cluster, its composite index and ranks (null without enough judged values), its position and the
     * rule that gave it, its category scores (by {@link IndicatorCategory#ordinal()}, NaN for none), per indicator the
     * normalised score (NaN when not judged) and flags; the composite with every share at the worst and the best end of
     * its interval, and the places those allow. A country's run holds 40,000 of these at once in a heap of 160 MB, so
     * what can be told from the rest (the rule's text) is made when asked.
     */
    public record SchoolResult(long schoolId, long municipalityId, int cluster, Double composite, Integer rank, Integer rankInMunicipality,
                               Position position, Standing standing, int judged, double[] categories, double[] scores,
                               boolean[] smallSample, boolean[] regionFallback, List<Signal> signals, Double compositeLow,
                               Double compositeHigh, Integer rankLow, Integer rankHigh) {

        /** The rule that gave the position, in words: «Индекс 0,84, место 3 из 12: в верхних 20 % (2) → сильная позиция». */
        public String reason() {
            return standing.reason(this);
        }
    }

    /** What places a run's schools: its settings, how many were ranked, and how many of them count as strong and weak. */
    public record Standing(AnalysisSettings settings, int ranked, int strong, int weak) {

        public Position position(Double composite, Integer rank) {
            if (composite == null) {
                return Position.INSUFFICIENT_DATA;
            }
            return rank <= strong ? Position.STRONG : rank > ranked - weak ? Position.WEAK : Position.MIDDLE;
        }

        String reason(SchoolResult s) {
            if (s.composite() == null) {
                return "Достоверных значений " + s.judged() + " (нужно не меньше " + settings.minIndicators() + "): позиция не определяется";
            }
            String head = "Индекс " + AnalysisEngine.number(s.composite()) + ", место " + s.rank() + " из " + ranked;
            return switch (s.position()) {
                case STRONG -> head + ": в верхних " + percent(settings.strongShare()) + " (" + strong + ") → сильная позиция";
                case WEAK -> head + ": в нижних " + percent(settings.weakShare()) + " (" + weak + ") → слабая позиция";
                default -> head + ": не в верхних " + percent(settings.strongShare()) + " и не в нижних "
                        + percent(settings.weakShare()) + " → средняя позиция";
            };
        }

        private static String percent(double share) {
            return Math.round(share * 100) + " %";
        }
    }

    /** Something in the data worth checking — never a verdict. */
    public record Signal(String kind, String indicator, String message) {
    }

    /** An indicator's spread over the campaign (box plot), judged values only, and how many were left out. */
    public record Distribution(String code, int count, int smallSamples, int missing, Double min, Double q1, Double median, Double q3,
                               Double max, Double mean) {
    }
}
