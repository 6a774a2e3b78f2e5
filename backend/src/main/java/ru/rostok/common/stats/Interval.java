package ru.rostok.common.stats;

import java.util.List;

/**
 * An estimate with its 95 % interval: a share from its numerator and denominator (Wilson), or the mean of a group of
 * values (Student's t). Small groups get wide intervals; that is the point: the reader sees how sure the number is.
 */
public record Interval(double estimate, double low, double high, int n) {
    private static final double Z = 1.959964;

    /** Student's t, two-sided 95 %, for 1…30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
        2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045,
        2.042};

    /**
     * Wilson's interval of a share, in percent (0…100): {@code successes} of {@code total}. Unlike «p ± 1.96·se» it stays
     * inside 0…100 and is honest for 3 of 5 as well as for 300 of 500. Null when the total is zero.
     */
    public static Interval wilson(int successes, int total) {
        if (total <= 0) {
            return null;
        }
        double p = (double) successes / total;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * total)) / (1 + z2 / total);
        double half = Z * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total)) / (1 + z2 / total);
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == total ? 1 : Math.min(1, centre + half);
        return new Interval(100 * p, 100 * low, 100 * high, total);
    }

    /** The t interval of a mean: the mean ± t·s/√n. One value has no spread: its interval is null. */
    public static Interval mean(List<Double> values) {
        int n = values.size();
        if (n < 2) {
            return null;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        double sum = 0;
        for (double x : values) {
            sum += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(sum / (n - 1) / n);
        double t = t975(n - 1);
        return new Interval(mean, mean - t * se, mean + t * se, n);
    }

    /** Two estimates differ only when their intervals do not overlap (a cautious rule a reader can check by eye). */
    public boolean differsFrom(Interval other) {
        return other != null && (low > other.high || high < other.low);
    }

    /** The same interval rounded to {@code digits} decimals, for answers. */
    public Interval rounded(int digits) {
        double f = Math.pow(10, digits);
        return new Interval(Math.round(estimate * f) / f, Math.round(low * f) / f, Math.round(high * f) / f, n);
    }

    /** The 97.5 % quantile of Student's t for the whole degrees of freedom below df (a little wider, never narrower). */
    public static double t975(double df) {
        int whole = (int) Math.floor(df);
        if (whole < 1) {
            return T975[0];
        }
        if (whole <= 30) {
            return T975[whole - 1];
        }
        double z3 = Z * Z * Z;
        double z5 = z3 * Z * Z;
        return Z + (z3 + Z) / (4 * whole) + (5 * z5 + 16 * z3 + 3 * Z) / (96.0 * whole * whole);
    }
}
