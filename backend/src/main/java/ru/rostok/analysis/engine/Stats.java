package ru.rostok.analysis.engine;

import java.util.Arrays;

/** Means, deviations and quartiles over values where NaN means missing. */
final class Stats {
    private Stats() {
    }

    static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The population standard deviation. */
    static double sd(double[] values, double mean) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += (v - mean) * (v - mean);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    /** The quantile by linear interpolation between closest ranks of sorted values (as Excel's QUARTILE.INC). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    static double[] sortedPresent(double[] values) {
        double[] present = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                present[n++] = v;
            }
        }
        present = Arrays.copyOf(present, n);
        Arrays.sort(present);
        return present;
    }

    static Double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
