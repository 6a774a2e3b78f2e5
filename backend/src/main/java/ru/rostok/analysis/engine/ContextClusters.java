package ru.rostok.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * «Кластерная группировка»: schools grouped by the conditions they work in, so that a school is compared with
 * schools like it. k-means on standardised context features (rural, size, distance, family indicators), started
 * deterministically (the school nearest the average, then each time the school farthest from the chosen centres,
 * lower id first), so the same data always gives the same clusters; then clusters are numbered by size.
 */
public final class ContextClusters {
    /** A context feature: the indicator it comes from (or the registry), and how its high and low ends read. */
    record Feature(String code, String label, String high, String low) {
    }

    static final List<Feature> FEATURES = List.of(
            new Feature("CTX_RURAL", "Доля сельских школ", "сельские", "городские"),
            new Feature("CTX_STUDENTS", "Численность обучающихся", "крупные", "небольшие"),
            new Feature("CTX_DIST", "Удалённость от районного центра, км", "удалённые от районного центра", "близкие к районному центру"),
            new Feature("CTX_LOWINC", "Доля обучающихся из малообеспеченных семей, %", "высокая доля малообеспеченных семей", "низкая доля малообеспеченных семей"),
            new Feature("CTX_SINGLE", "Доля обучающихся из неполных семей, %", "высокая доля неполных семей", "низкая доля неполных семей"),
            new Feature("CTX_UNEMPL", "Доля обучающихся, родители которых не работают, %", "высокая доля неработающих родителей", "низкая доля неработающих родителей"),
            new Feature("CTX_PARENTS_HE", "Доля обучающихся, оба родителя которых имеют высшее образование, %", "много родителей с высшим образованием", "мало родителей с высшим образованием"),
            new Feature("CTX_REGISTERED", "Доля обучающихся, состоящих на учёте, %", "высокая доля обучающихся на учёте", "низкая доля обучающихся на учёте"),
            new Feature("CTX_NONNATIVE", "Доля обучающихся, для которых русский язык не родной, %", "высокая доля детей с неродным русским языком", "низкая доля детей с неродным русским языком"),
            new Feature("CTX_OVZ", "Доля обучающихся с ОВЗ, %", "высокая доля обучающихся с ОВЗ", "низкая доля обучающихся с ОВЗ"));

    private static final double STANDS_OUT = 0.5;
    private static final int SMALL_SCHOOL = 100;
    private static final int MAX_ITERATIONS = 50;

    /** One cluster: its number (1 = largest), size, description in plain Russian, and its centre in the data's units. */
    public record Cluster(int number, int size, String description, Map<String, Double> centre) {
    }

    public record Result(int[] clusterOf, List<Cluster> clusters, List<String> features) {
    }

    private ContextClusters() {
    }

    public static Result of(AnalysisData data, int wanted) {
        int n = data.schools().size();
        List<Feature> used = new ArrayList<>();
        List<double[]> raw = new ArrayList<>();
        for (Feature f : FEATURES) {
            double[] column = column(data, f.code());
            if (column != null) {
                used.add(f);
                raw.add(column);
            }
        }
        int k = Math.max(1, Math.min(wanted, n / 3));
        if (n == 0) {
            return new Result(new int[0], List.of(), used.stream().map(Feature::code).toList());
        }
        double[] mean = new double[used.size()];
        double[] sd = new double[used.size()];
        double[][] x = new double[n][used.size()];
        for (int f = 0; f < used.size(); f++) {
            double[] col = raw.get(f);
            mean[f] = Stats.mean(col);
            sd[f] = Stats.sd(col, mean[f]);
            for (int s = 0; s < n; s++) {
                double v = Double.isNaN(col[s]) ? mean[f] : col[s]; // a missing context value counts as average
                x[s][f] = sd[f] == 0 ? 0 : (v - mean[f]) / sd[f];
            }
        }
        int[] assignment = kMeans(x, k);
        return describe(data, used, raw, x, assignment, k);
    }

    /** The feature over the schools, NaN where unknown; null when nobody has it. Size and rural fall back on the registry. */
    private static double[] column(AnalysisData data, String code) {
        int n = data.schools().size();
        double[] col = new double[n];
        int i = data.indexOf(code);
        boolean any = false;
        for (int s = 0; s < n; s++) {
            double v = i >= 0 ? data.values()[s][i] : Double.NaN;
            if (Double.isNaN(v) && code.equals("CTX_RURAL")) {
                v = data.schools().get(s).rural() ? 1 : 0;
            }
            if (Double.isNaN(v) && code.equals("CTX_STUDENTS") && data.schools().get(s).pupils() > 0) {
                v = data.schools().get(s).pupils();
            }
            if (!Double.isNaN(v) && code.equals("CTX_STUDENTS")) {
                v = Math.log1p(v); // 50 and 150 pupils differ more than 1,050 and 1,150
            }
            col[s] = v;
            any |= !Double.isNaN(v);
        }
        return any ? col : null;
    }

    static int[] kMeans(double[][] rows, int k) {
        int n = rows.length;
        int dims = n == 0 ? 0 : rows[0].length;
        double[] x = new double[n * dims]; // one block: the passes below walk every school many times
        for (int s = 0; s < n; s++) {
            System.arraycopy(rows[s], 0, x, s * dims, dims);
        }
        double[] centres = new double[k * dims];
        // first centre: the school nearest the average (the origin of standardised data)
        int first = 0;
        double firstNorm = Double.MAX_VALUE;
        double[] origin = new double[dims];
        for (int s = 0; s < n; s++) {
            double norm = distance(x, s * dims, origin, 0, dims);
            if (norm < firstNorm) {
                first = s;
                firstNorm = norm;
            }
        }
        System.arraycopy(x, first * dims, centres, 0, dims);
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            int far = 0;
            for (int s = 0; s < n; s++) {
                nearest[s] = Math.min(nearest[s], distance(x, s * dims, centres, (c - 1) * dims, dims));
                if (nearest[s] > nearest[far]) {
                    far = s;
                }
            }
            System.arraycopy(x, far * dims, centres, c * dims, dims);
        }
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean[] changed = new boolean[n];
            Parallel.each(n, (long) n * k * dims, s -> {
                int best = 0;
                double bestDistance = distance(x, s * dims, centres, 0, dims);
                for (int c = 1; c < k; c++) {
                    double d = distance(x, s * dims, centres, c * dims, dims);
                    if (d < bestDistance) {
                        best = c;
                        bestDistance = d;
                    }
                }
                changed[s] = assignment[s] != best;
                assignment[s] = best;
            });
            if (!anyOf(changed)) {
                break;
            }
            double[] sums = new double[k * dims];
            int[] counts = new int[k];
            for (int s = 0; s < n; s++) {
                int c = assignment[s];
                counts[c]++;
                for (int d = 0; d < dims; d++) {
                    sums[c * dims + d] += x[s * dims + d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    for (int d = 0; d < dims; d++) {
                        centres[c * dims + d] = sums[c * dims + d] / counts[c];
                    }
                }
            }
        }
        return assignment;
    }

    private static Result describe(AnalysisData data, List<Feature> used, List<double[]> raw, double[][] x, int[] assignment, int k) {
        int n = x.length;
        int[] sizes = new int[k];
        for (int a : assignment) {
            sizes[a]++;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> sizes[b] != sizes[a] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
        int[] number = new int[k];
        for (int i = 0; i < k; i++) {
            number[order[i]] = i + 1;
        }
        int[] clusterOf = new int[n];
        for (int s = 0; s < n; s++) {
            clusterOf[s] = number[assignment[s]];
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int c = order[i];
            if (sizes[c] == 0) {
                continue;
            }
            Map<String, Double> centre = new LinkedHashMap<>();
            List<String> words = new ArrayList<>();
            for (int f = 0; f < used.size(); f++) {
                double zSum = 0;
                double rawSum = 0;
                int rawCount = 0;
                for (int s = 0; s < n; s++) {
                    if (assignment[s] == c) {
                        zSum += x[s][f];
                        double v = raw.get(f)[s];
                        if (!Double.isNaN(v)) {
                            rawSum += used.get(f).code().equals("CTX_STUDENTS") ? Math.expm1(v) : v;
                            rawCount++;
                        }
                    }
                }
                double z = zSum / sizes[c];
                double value = rawCount == 0 ? Double.NaN : rawSum / rawCount;
                centre.put(used.get(f).code(), Stats.round(value, 2));
                words.addAll(words(used.get(f), z, value));
            }
            clusters.add(new Cluster(i + 1, sizes[c], words.isEmpty() ? "типичные условия для мониторинга" : String.join(", ", words), centre));
        }
        return new Result(clusterOf, clusters, used.stream().map(Feature::code).toList());
    }

    private static List<String> words(Feature f, double z, double value) {
        if (f.code().equals("CTX_RURAL")) {
            return value >= 0.6 ? List.of("сельские") : value <= 0.2 ? List.of("городские") : List.of("городские и сельские");
        }
        if (f.code().equals("CTX_STUDENTS") && value < SMALL_SCHOOL) {
            return List.of("малокомплектные");
        }
        if (z >= STANDS_OUT) {
            return List.of(f.high());
        }
        if (z <= -STANDS_OUT && (f.code().equals("CTX_STUDENTS") || f.code().equals("CTX_PARENTS_HE") || f.code().equals("CTX_DIST"))) {
            return List.of(f.low());
        }
        return List.of();
    }

    private static boolean anyOf(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    /** The squared distance between the point at {@code a[from..from+dims)} and the one at {@code b[at..at+dims)}. */
    private static double distance(double[] a, int from, double[] b, int at, int dims) {
        double s = 0;
        for (int d = 0; d < dims; d++) {
            double diff = a[from + d] - b[at + d];
            s += diff * diff;
        }
        return s;
    }
}
