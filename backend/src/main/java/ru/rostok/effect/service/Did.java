package ru.rostok.effect.service;

import java.util.List;

/**
 * Difference in differences of two groups of schools: the mean change of the supported ones minus the mean change of the
 * comparison group, with Welch's 95 % interval for it (the two groups' spreads are not assumed equal).
 */
public record Did(double estimate, double low, double high) {
    /** Student's t, two-sided 95 %, for 1…30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

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
        double t = t975(df);
        return new Did(estimate, estimate - t * se, estimate + t * se);
    }

    /** The quantile for the whole degrees of freedom below df (a little wider, never narrower); a series past 30. */
    static double t975(double df) {
        int whole = (int) Math.floor(df);
        if (whole < 1) {
            return T975[0];
        }
        if (whole <= 30) {
            return T975[whole - 1];
        }
        double z = 1.959964;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        return z + (z3 + z) / (4 * whole) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * whole * whole);
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
