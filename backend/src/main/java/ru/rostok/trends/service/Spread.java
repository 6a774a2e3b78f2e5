package ru.rostok.trends.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The spread of a group's values: least, lower quartile, median, upper quartile, greatest. Quartiles as Excel's
 * QUARTILE.INC computes them (linear between the sorted values), so an analyst gets the same numbers from the export.
 */
@Schema(name = "Spread", description = "Least, quartiles and greatest of a group's values (quartiles as Excel's QUARTILE.INC); n values")
public record Spread(int n, double min, double q1, double median, double q3, double max) {
    /** Null for no values. */
    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Spread(x.length, round(x[0]), round(quantile(x, 0.25)), round(quantile(x, 0.5)), round(quantile(x, 0.75)),
                round(x[x.length - 1]));
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
