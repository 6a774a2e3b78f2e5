package ru.rostok.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;

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
        int n = data.schools().size();
        int m = data.indicators().size();
        ContextClusters.Result clusters = ContextClusters.of(data, settings.clusters());
        long[] group = new long[n];
        for (int s = 0; s < n; s++) {
            group[s] = switch (settings.comparison()) {
                case REGION -> 0;
                case MUNICIPALITY -> data.schools().get(s).municipalityId();
                case CLUSTER -> clusters.clusterOf()[s];
            };
        }
        double[][] scores = new double[n][m];
        boolean[][] fallback = new boolean[n][m];
        double[][] overall = new double[m][];
        double[][] whole = new double[m][];
        for (int i = 0; i < m; i++) {
            overall[i] = usableColumn(data, i, null, 0);
            whole[i] = meanSdCount(overall[i]);
            if (!data.indicators().get(i).judged()) {
                for (int s = 0; s < n; s++) {
                    scores[s][i] = Double.NaN;
                }
                continue;
            }
            Map<Long, double[]> groupStats = groupStats(data, i, group);
            for (int s = 0; s < n; s++) {
                if (!data.usable(s, i)) {
                    scores[s][i] = Double.NaN;
                    continue;
                }
                double[] stats = groupStats.get(group[s]);
                if (stats[2] < MIN_GROUP) {
                    stats = whole[i];
                    fallback[s][i] = true;
                }
                scores[s][i] = oriented(data.values()[s][i], stats, data.indicators().get(i).direction());
            }
        }
        List<AnalysisResult.SchoolResult> results = schools(data, settings, clusters, scores, fallback, whole);
        List<AnalysisResult.Distribution> distributions = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            distributions.add(distribution(data, i, overall[i]));
        }
        Map<Position, Integer> counts = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            counts.put(p, 0);
        }
        results.forEach(r -> counts.merge(r.position(), 1, Integer::sum));
        return new AnalysisResult(settings, results, clusters.clusters(), clusters.features(), distributions, counts);
    }

    private static List<AnalysisResult.SchoolResult> schools(AnalysisData data, AnalysisSettings settings, ContextClusters.Result clusters,
                                                            double[][] scores, boolean[][] fallback, double[][] whole) {
        int n = data.schools().size();
        int m = data.indicators().size();
        Double[] composite = new Double[n];
        int[] judged = new int[n];
        List<Map<IndicatorCategory, Double>> categories = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Map<IndicatorCategory, double[]> sums = new EnumMap<>(IndicatorCategory.class);
            for (int i = 0; i < m; i++) {
                if (!Double.isNaN(scores[s][i])) {
                    IndicatorCategory c = data.indicators().get(i).category();
                    double[] acc = sums.computeIfAbsent(c, key -> new double[2]);
                    acc[0] += scores[s][i];
                    acc[1]++;
                    if (settings.weight(c) > 0) {
                        judged[s]++;
                    }
                }
            }
            Map<IndicatorCategory, Double> byCategory = new EnumMap<>(IndicatorCategory.class);
            double weighted = 0;
            double weights = 0;
            for (var e : sums.entrySet()) {
                double mean = e.getValue()[0] / e.getValue()[1];
                byCategory.put(e.getKey(), Stats.round(mean, 4));
                double w = settings.weight(e.getKey());
                if (w > 0) {
                    weighted += w * mean;
                    weights += w;
                }
            }
            categories.add(byCategory);
            composite[s] = judged[s] >= settings.minIndicators() && weights > 0 ? Stats.round(weighted / weights, 4) : null;
        }
        Integer[] rank = ranks(composite, null, data);
        Integer[] rankInMunicipality = ranks(composite, s -> data.schools().get(s).municipalityId(), data);
        int ranked = (int) Arrays.stream(composite).filter(c -> c != null).count();
        int strong = (int) Math.round(ranked * settings.strongShare());
        int weak = (int) Math.round(ranked * settings.weakShare());
        List<AnalysisResult.SchoolResult> results = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Position position;
            String reason;
            if (composite[s] == null) {
                position = Position.INSUFFICIENT_DATA;
                reason = "Достоверных значений " + judged[s] + " (нужно не меньше " + settings.minIndicators()
                        + "): позиция не определяется";
            } else {
                String head = "Индекс " + number(composite[s]) + ", место " + rank[s] + " из " + ranked;
                if (rank[s] <= strong) {
                    position = Position.STRONG;
                    reason = head + ": в верхних " + percent(settings.strongShare()) + " (" + strong + ") → сильная позиция";
                } else if (rank[s] > ranked - weak) {
                    position = Position.WEAK;
                    reason = head + ": в нижних " + percent(settings.weakShare()) + " (" + weak + ") → слабая позиция";
                } else {
                    position = Position.MIDDLE;
                    reason = head + ": не в верхних " + percent(settings.strongShare()) + " и не в нижних "
                            + percent(settings.weakShare()) + " → средняя позиция";
                }
            }
            List<String> strengths = new ArrayList<>();
            List<String> weaknesses = new ArrayList<>();
            boolean[] small = new boolean[m];
            for (int i = 0; i < m; i++) {
                small[i] = data.smallSample(s, i);
                if (scores[s][i] >= MARKED) {
                    strengths.add(data.indicators().get(i).code());
                } else if (scores[s][i] <= -MARKED) {
                    weaknesses.add(data.indicators().get(i).code());
                }
            }
            results.add(new AnalysisResult.SchoolResult(data.schools().get(s).id(), data.schools().get(s).municipalityId(),
                    clusters.clusterOf()[s], composite[s], rank[s], rankInMunicipality[s], position, reason, judged[s], categories.get(s),
                    scores[s], small, fallback[s], strengths, weaknesses, ObjectivitySignals.of(data, s, settings, whole)));
        }
        return results;
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

    /** The indicator's judged values, NaN elsewhere; only the group's schools when a group is given. */
    static double[] usableColumn(AnalysisData data, int i, long[] group, long key) {
        int n = data.schools().size();
        double[] col = new double[n];
        for (int s = 0; s < n; s++) {
            col[s] = data.usable(s, i) && (group == null || group[s] == key) ? data.values()[s][i] : Double.NaN;
        }
        return col;
    }

    /** {mean, population sd, count} of the indicator's judged values in each group, in two passes over the schools. */
    private static Map<Long, double[]> groupStats(AnalysisData data, int i, long[] group) {
        Map<Long, double[]> stats = new HashMap<>();
        int n = data.schools().size();
        for (int s = 0; s < n; s++) {
            if (data.usable(s, i)) {
                double[] acc = stats.computeIfAbsent(group[s], k -> new double[3]);
                acc[0] += data.values()[s][i];
                acc[2]++;
            }
        }
        Map<Long, Double> squares = new HashMap<>();
        for (int s = 0; s < n; s++) {
            if (data.usable(s, i)) {
                double[] acc = stats.get(group[s]);
                double d = data.values()[s][i] - acc[0] / acc[2];
                squares.merge(group[s], d * d, Double::sum);
            }
        }
        stats.forEach((g, acc) -> {
            acc[0] = acc[0] / acc[2];
            acc[1] = Math.sqrt(squares.get(g) / acc[2]);
        });
        return stats;
    }

    /** {mean, population sd, count} of the present values. */
    static double[] meanSdCount(double[] values) {
        double mean = Stats.mean(values);
        int count = (int) Arrays.stream(values).filter(v -> !Double.isNaN(v)).count();
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
        int small = 0;
        int missing = 0;
        for (int s = 0; s < data.schools().size(); s++) {
            if (!data.present(s, i)) {
                missing++;
            } else if (data.smallSample(s, i)) {
                small++;
            }
        }
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

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
