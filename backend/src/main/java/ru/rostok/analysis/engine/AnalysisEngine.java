package ru.rostok.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.common.stats.Interval;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.ValueType;

/**
 * «Обработка и интерпретация» of a campaign: each judged indicator standardised within the comparison group (a
 * z-score, turned so that higher is better, capped at ±3), category means, a composite index with the analyst's
 * weights, ranks, and a position by the share of ranked schools at each end. A value whose sample is below the
 * indicator's minimum is shown but never judged; a school with too few judged values gets no position. Pure: the
 * same data and settings give the same result.
 */
public final class AnalysisEngine {
    /** A comparison group smaller than this says little: such a school is compared with the whole campaign. */
    static final int MIN_GROUP = 5;
    private static final double CAP = 3;
    /** A score this far from the group's mean, either way, marks a strength or a weakness. */
    public static final double MARKED = 1;

    private AnalysisEngine() {
    }

    public static AnalysisResult run(AnalysisData data, AnalysisSettings requested) {
        AnalysisSettings settings = requested.withDefaults();
        ContextClusters.Result clusters = ContextClusters.of(data, settings.clusters());
        int[] group = groups(data, settings, clusters);
        int groupCount = Arrays.stream(group).max().orElse(-1) + 1;
        Scoring scoring = score(data, settings, group, groupCount);
        List<AnalysisResult.SchoolResult> results = schools(data, settings, clusters, scoring);
        Map<Position, Integer> counts = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            counts.put(p, 0);
        }
        results.forEach(r -> counts.merge(r.position(), 1, Integer::sum));
        return new AnalysisResult(settings, results, clusters.clusters(), clusters.features(), List.of(scoring.distributions()), counts);
    }

    /** Every school's score on every indicator, and the composites its scores' intervals allow, lowest and highest. */
    private record Scoring(double[][] scores, boolean[][] fallback, double[][] whole, AnalysisResult.Distribution[] distributions,
                           double[] compositeLow, double[] compositeHigh) {
    }

    /**
     * The scores, within the school's group or, where the group is too small, the whole campaign. First each indicator's
     * statistics (per group and over the campaign), then school by school its scores and the composites at the worst and
     * the best end of each value's interval: those end scores live for one school only (for a country they were two more
     * matrices of 40,000 × 50, and a heap of 160 MB spent the run collecting garbage).
     */
    private static Scoring score(AnalysisData data, AnalysisSettings settings, int[] group, int groupCount) {
        int n = data.schools().size();
        int m = data.indicators().size();
        double[][] whole = new double[m][];
        double[][][] groupStats = new double[m][][]; // null for an indicator that is not judged
        AnalysisResult.Distribution[] distributions = new AnalysisResult.Distribution[m];
        Parallel.each(m, n * m, i -> {
            double[] column = usableColumn(data, i);
            whole[i] = meanSdCount(column);
            distributions[i] = distribution(data, i, column);
            if (data.indicators().get(i).judged()) {
                groupStats[i] = groupStats(column, group, groupCount);
            }
        });
        Direction[] direction = data.indicators().stream().map(AnalysisData.Indicator::direction).toArray(Direction[]::new);
        boolean[] share = new boolean[m];
        for (int i = 0; i < m; i++) {
            share[i] = data.indicators().get(i).valueType() == ValueType.PERCENT;
        }
        IndicatorCategory[] categoryOf = data.indicators().stream().map(AnalysisData.Indicator::category).toArray(IndicatorCategory[]::new);
        double[] weight = Arrays.stream(IndicatorCategory.values()).mapToDouble(settings::weight).toArray();
        double[][] scores = new double[n][];
        boolean[][] fallback = new boolean[n][];
        double[] compositeLow = new double[n];
        double[] compositeHigh = new double[n];
        Parallel.each(n, n * m, s -> {
            double[] score = new double[m];
            double[] worst = new double[m];
            double[] best = new double[m];
            boolean[] wholeCampaign = new boolean[m];
            for (int i = 0; i < m; i++) {
                if (groupStats[i] == null || !data.usable(s, i)) {
                    score[i] = Double.NaN;
                    worst[i] = Double.NaN;
                    best[i] = Double.NaN;
                    continue;
                }
                double value = data.values()[s][i];
                double[] stats = groupStats[i][group[s]];
                if (stats[2] < MIN_GROUP) {
                    stats = whole[i];
                    wholeCampaign[i] = true;
                }
                score[i] = oriented(value, stats, direction[i]);
                Interval interval = share[i] ? shareInterval(value, data.samples()[s][i]) : null;
                if (interval == null) {
                    worst[i] = score[i];
                    best[i] = score[i];
                } else {
                    double atLow = oriented(interval.low(), stats, direction[i]);
                    double atHigh = oriented(interval.high(), stats, direction[i]);
                    worst[i] = Math.min(atLow, atHigh);
                    best[i] = Math.max(atLow, atHigh);
                }
            }
            scores[s] = score;
            fallback[s] = wholeCampaign;
            compositeLow[s] = weighted(worst, categoryOf, weight);
            compositeHigh[s] = weighted(best, categoryOf, weight);
        });
        return new Scoring(scores, fallback, whole, distributions, compositeLow, compositeHigh);
    }

    private static List<AnalysisResult.SchoolResult> schools(AnalysisData data, AnalysisSettings settings, ContextClusters.Result clusters,
                                                            Scoring scoring) {
        double[][] scores = scoring.scores();
        boolean[][] fallback = scoring.fallback();
        double[][] whole = scoring.whole();
        int n = data.schools().size();
        int m = data.indicators().size();
        Double[] composite = new Double[n];
        Double[] compositeLow = new Double[n];
        Double[] compositeHigh = new Double[n];
        int[] judged = new int[n];
        double[][] categories = new double[n][];
        IndicatorCategory[] categoryOf = data.indicators().stream().map(AnalysisData.Indicator::category).toArray(IndicatorCategory[]::new);
        IndicatorCategory[] all = IndicatorCategory.values();
        double[] weight = Arrays.stream(all).mapToDouble(settings::weight).toArray();
        Parallel.each(n, n * m, s -> {
            double[] sum = new double[all.length];
            int[] count = new int[all.length];
            for (int i = 0; i < m; i++) {
                if (!Double.isNaN(scores[s][i])) {
                    IndicatorCategory c = categoryOf[i];
                    sum[c.ordinal()] += scores[s][i];
                    count[c.ordinal()]++;
                    if (weight[c.ordinal()] > 0) {
                        judged[s]++;
                    }
                }
            }
            double[] byCategory = new double[all.length];
            Arrays.fill(byCategory, Double.NaN);
            double weighted = 0;
            double weights = 0;
            for (IndicatorCategory c : all) {
                if (count[c.ordinal()] == 0) {
                    continue;
                }
                double mean = sum[c.ordinal()] / count[c.ordinal()];
                byCategory[c.ordinal()] = Stats.round(mean, 4);
                double w = weight[c.ordinal()];
                if (w > 0) {
                    weighted += w * mean;
                    weights += w;
                }
            }
            categories[s] = byCategory;
            composite[s] = judged[s] >= settings.minIndicators() && weights > 0 ? Stats.round(weighted / weights, 4) : null;
            if (composite[s] != null) {
                compositeLow[s] = Stats.round(scoring.compositeLow()[s], 4);
                compositeHigh[s] = Stats.round(scoring.compositeHigh()[s], 4);
            }
        });
        int[][] range = rankRanges(composite, compositeLow, compositeHigh);
        Integer[] rank = ranks(composite, null, data);
        Integer[] rankInMunicipality = ranks(composite, s -> data.schools().get(s).municipalityId(), data);
        int ranked = (int) Arrays.stream(composite).filter(c -> c != null).count();
        int strong = (int) Math.round(ranked * settings.strongShare());
        int weak = (int) Math.round(ranked * settings.weakShare());
        ObjectivitySignals signals = new ObjectivitySignals(data, settings, whole);
        AnalysisResult.Standing standing = new AnalysisResult.Standing(settings, ranked, strong, weak);
        AnalysisResult.SchoolResult[] results = new AnalysisResult.SchoolResult[n];
        Parallel.each(n, n * m, s -> {
            boolean[] small = new boolean[m];
            for (int i = 0; i < m; i++) {
                small[i] = data.smallSample(s, i);
            }
            results[s] = new AnalysisResult.SchoolResult(data.schools().get(s).id(), data.schools().get(s).municipalityId(),
                    clusters.clusterOf()[s], composite[s], rank[s], rankInMunicipality[s], standing.position(composite[s], rank[s]),
                    standing, judged[s], categories[s], scores[s], small, fallback[s], signals.of(s), compositeLow[s],
                    compositeHigh[s], range[s] == null ? null : range[s][0], range[s] == null ? null : range[s][1]);
        });
        return List.of(results);
    }

    /**
     * The interval of a share of a school: Wilson's, from the value and the sample it rests on (the number of pupils who
     * answered, so that 60 % of 5 is 3 of 5). Null without a sample.
     */
    public static Interval shareInterval(double percent, int sample) {
        if (sample <= 0 || Double.isNaN(percent)) {
            return null;
        }
        int successes = (int) Math.max(0, Math.min(sample, Math.round(percent * sample / 100)));
        return Interval.wilson(successes, sample);
    }

    /** The weighted mean of the category means of the scores (NaN where not judged), as the composite is made. */
    private static double weighted(double[] row, IndicatorCategory[] categoryOf, double[] weight) {
        double[] sum = new double[weight.length];
        int[] count = new int[weight.length];
        for (int i = 0; i < row.length; i++) {
            if (!Double.isNaN(row[i])) {
                sum[categoryOf[i].ordinal()] += row[i];
                count[categoryOf[i].ordinal()]++;
            }
        }
        double weighted = 0;
        double weights = 0;
        for (int c = 0; c < weight.length; c++) {
            if (count[c] > 0 && weight[c] > 0) {
                weighted += weight[c] * sum[c] / count[c];
                weights += weight[c];
            }
        }
        return weights > 0 ? weighted / weights : Double.NaN;
    }

    /**
     * The places a ranked school could take given its interval: from 1 + the schools surely above it (their worst
     * composite above its best) to the schools that could be at or above it (their best composite at or above its worst),
     * itself included. Null for a school without a rank. Sorted bounds and binary search: n log n for a country.
     */
    static int[][] rankRanges(Double[] composite, Double[] low, Double[] high) {
        int n = composite.length;
        double[] lows = new double[n];
        double[] highs = new double[n];
        int k = 0;
        for (int s = 0; s < n; s++) {
            if (composite[s] != null) {
                lows[k] = low[s];
                highs[k++] = high[s];
            }
        }
        lows = Arrays.copyOf(lows, k);
        highs = Arrays.copyOf(highs, k);
        Arrays.sort(lows);
        Arrays.sort(highs);
        int[][] range = new int[n][];
        for (int s = 0; s < n; s++) {
            if (composite[s] != null) {
                int surelyAbove = k - firstAbove(lows, high[s]);
                int mayBeAbove = k - firstAtLeast(highs, low[s]);
                range[s] = new int[] {1 + surelyAbove, mayBeAbove};
            }
        }
        return range;
    }

    /** The index of the first sorted value above x. */
    private static int firstAbove(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The index of the first sorted value at least x. */
    private static int firstAtLeast(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] >= x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Competition ranks («1, 2, 2, 4») by composite, best first, within the key's groups (null: all together). */
    private static Integer[] ranks(Double[] composite, java.util.function.IntFunction<Long> key, AnalysisData data) {
        int n = composite.length;
        Integer[] rank = new Integer[n];
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int s = 0; s < n; s++) {
            if (composite[s] != null) {
                groups.computeIfAbsent(key == null ? 0L : key.apply(s), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Integer> members : groups.values()) {
            members.sort(Comparator.<Integer, Double>comparing(s -> composite[s]).reversed()
                    .thenComparing(s -> data.schools().get(s).id()));
            for (int p = 0; p < members.size(); p++) {
                int s = members.get(p);
                boolean tie = p > 0 && composite[members.get(p - 1)].equals(composite[s]);
                rank[s] = tie ? rank[members.get(p - 1)] : p + 1;
            }
        }
        return rank;
    }

    /** The indicator's judged values, NaN elsewhere. */
    static double[] usableColumn(AnalysisData data, int i) {
        int n = data.schools().size();
        double[] col = new double[n];
        for (int s = 0; s < n; s++) {
            col[s] = data.usable(s, i) ? data.values()[s][i] : Double.NaN;
        }
        return col;
    }

    /** Each school's comparison group, numbered 0, 1, … in the order the groups first appear. */
    private static int[] groups(AnalysisData data, AnalysisSettings settings, ContextClusters.Result clusters) {
        int n = data.schools().size();
        int[] group = new int[n];
        Map<Long, Integer> numbers = new HashMap<>();
        for (int s = 0; s < n; s++) {
            long key = switch (settings.comparison()) {
                case REGION -> 0;
                case MUNICIPALITY -> data.schools().get(s).municipalityId();
                case CLUSTER -> clusters.clusterOf()[s];
            };
            group[s] = numbers.computeIfAbsent(key, k -> numbers.size());
        }
        return group;
    }

    /** {mean, population sd, count} of the judged values (NaN elsewhere) in each group, in two passes over the schools. */
    private static double[][] groupStats(double[] usable, int[] group, int groups) {
        double[][] stats = new double[groups][3];
        for (int s = 0; s < usable.length; s++) {
            if (!Double.isNaN(usable[s])) {
                stats[group[s]][0] += usable[s];
                stats[group[s]][2]++;
            }
        }
        double[] squares = new double[groups];
        for (int s = 0; s < usable.length; s++) {
            if (!Double.isNaN(usable[s])) {
                double d = usable[s] - stats[group[s]][0] / stats[group[s]][2];
                squares[group[s]] += d * d;
            }
        }
        for (int g = 0; g < groups; g++) {
            double[] acc = stats[g];
            acc[0] = acc[0] / acc[2];
            acc[1] = Math.sqrt(squares[g] / acc[2]);
        }
        return stats;
    }

    /** {mean, population sd, count} of the present values. */
    static double[] meanSdCount(double[] values) {
        double mean = Stats.mean(values);
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                count++;
            }
        }
        return new double[] {mean, Stats.sd(values, mean), count};
    }

    private static double oriented(double value, double[] stats, Direction direction) {
        double z = stats[1] == 0 || Double.isNaN(stats[1]) ? 0 : (value - stats[0]) / stats[1];
        if (direction == Direction.LOWER_BETTER) {
            z = -z;
        }
        return Math.max(-CAP, Math.min(CAP, z));
    }

    private static AnalysisResult.Distribution distribution(AnalysisData data, int i, double[] usable) {
        double[] sorted = Stats.sortedPresent(usable);
        int missing = 0;
        for (int s = 0; s < data.schools().size(); s++) {
            if (!data.present(s, i)) {
                missing++;
            }
        }
        int small = data.schools().size() - missing - sorted.length; // present, yet not judged
        return new AnalysisResult.Distribution(data.indicators().get(i).code(), sorted.length, small, missing,
                sorted.length == 0 ? null : Stats.round(sorted[0], 4), Stats.round(Stats.quantile(sorted, 0.25), 4),
                Stats.round(Stats.quantile(sorted, 0.5), 4), Stats.round(Stats.quantile(sorted, 0.75), 4),
                sorted.length == 0 ? null : Stats.round(sorted[sorted.length - 1], 4), Stats.round(Stats.mean(sorted), 4));
    }

    /** «−0,84»: two decimals, a decimal comma and a true minus, as Russian texts write numbers. */
    static String number(double v) {
        long hundredths = Math.round(Math.abs(v) * 100);
        String text = (hundredths / 100) + "," + (hundredths % 100 < 10 ? "0" : "") + (hundredths % 100);
        return v < 0 && hundredths != 0 ? "−" + text : text;
    }
}
