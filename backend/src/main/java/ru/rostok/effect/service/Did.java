package ru.rostok.effect.service;

import java.util.List;
import ru.rostok.common.stats.Interval;

/**
 * Difference in differences of two groups of schools: the mean change of the supported ones minus the mean change of the
 * comparison group, with Welch's 95 % interval for it (the two groups' spreads are not assumed equal).
 */
public record Did(double estimate, double low, double high) {
    /** Needs at least two changes on each side (a spread needs two values). */
    public static Did of(List<Double> supported, List<Double> comparison) {
        double ms = mean(supported);
        double mc = mean(comparison);
        double vs = variance(supported, ms) / supported.size();
        double vc = variance(comparison, mc) / comparison.size();
        double se = Math.sqrt(vs + vc);
        double estimate = ms - mc;
        if (se == 0) {
            return new Did(estimate, estimate, estimate);
        }
        double df = (vs + vc) * (vs + vc) / (vs * vs / (supported.size() - 1) + vc * vc / (comparison.size() - 1));
        double t = Interval.t975(df);
        return new Did(estimate, estimate - t * se, estimate + t * se);
    }

    public static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
    }

    public static Double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return null;
        }
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double variance(List<Double> xs, double mean) {
        double sum = 0;
        for (double x : xs) {
            sum += (x - mean) * (x - mean);
        }
        return sum / (xs.size() - 1);
    }
}
