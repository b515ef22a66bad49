package io.mlworkbench.engine.data.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Equal-width histogram bins the way {@code numpy.histogram(x, bins="auto")} makes them, and the bin of a value
 * for later data (drift monitoring bins current values with the reference profile's edges).
 *
 * <p>Bin width: the smaller of Sturges ({@code range / (log2(n) + 1)}) and Freedman-Diaconis
 * ({@code 2 IQR n^(-1/3)}); Sturges alone when the IQR is zero. Bin count: {@code ceil(range / width)}, at most
 * {@link #MAX_BINS} (numpy has no limit; a long-tailed column would otherwise get thousands of bins). A constant
 * column gets one bin from value - 0.5 to value + 0.5. Edges are {@code numpy.linspace(min, max, bins + 1)}.
 */
public final class HistogramBinning {

    /** The most bins a numeric histogram gets. */
    public static final int MAX_BINS = 100;

    private HistogramBinning() {
    }

    /**
     * @param sorted the column's sorted non-missing values
     * @return the numeric histogram; null when there are no values or they are not all finite
     */
    public static Histogram numeric(SortedValues sorted) {
        if (sorted.isEmpty() || !Double.isFinite(sorted.min()) || !Double.isFinite(sorted.max())) {
            return null;
        }
        double first = sorted.min();
        double last = sorted.max();
        double range = last - first;
        String rule;
        int bins;
        if (range == 0) {
            first -= 0.5;
            last += 0.5;
            rule = "single";
            bins = 1;
        } else {
            int n = sorted.size();
            double sturges = range / (log2(n) + 1.0);
            double iqr = sorted.quantile(0.75) - sorted.quantile(0.25);
            double fd = 2.0 * iqr * Math.pow(n, -1.0 / 3.0);
            double width = fd > 0 ? Math.min(fd, sturges) : sturges;
            rule = fd > 0 && fd < sturges ? "fd" : "sturges";
            double exact = Math.ceil(range / width);
            bins = (int) Math.min(exact, MAX_BINS);
            if (exact > MAX_BINS) {
                rule += " capped";
            }
        }
        List<Double> edges = linspace(first, last, bins + 1);
        List<Long> counts = new ArrayList<>(bins);
        int below = sorted.countBelow(edges.get(0));
        for (int i = 0; i < bins; i++) {
            int upTo = i == bins - 1 ? sorted.countAtMost(edges.get(i + 1)) : sorted.countBelow(edges.get(i + 1));
            counts.add((long) (upTo - below));
            below = upTo;
        }
        return new Histogram(Histogram.Kind.NUMERIC, rule, edges, List.of(), counts, 0);
    }

    /**
     * @param ranked the most frequent categories with counts, best first
     * @param otherCount values outside those categories
     * @return the categorical histogram
     */
    static Histogram categorical(List<ValueCount> ranked, long otherCount) {
        return new Histogram(Histogram.Kind.CATEGORICAL, "categories", List.of(),
                ranked.stream().map(ValueCount::value).toList(), ranked.stream().map(ValueCount::count).toList(),
                otherCount);
    }

    /**
     * The bin a value falls in, with numpy's convention: bin i holds [edges[i], edges[i+1]), the last bin also its
     * right edge.
     *
     * @param edges increasing bin edges, at least two
     * @param value a value
     * @return the 0-based bin, or -1 when the value is outside the edges or NaN
     */
    public static int binOf(List<Double> edges, double value) {
        int bins = edges.size() - 1;
        if (bins < 1 || Double.isNaN(value) || value < edges.get(0) || value > edges.get(bins)) {
            return -1;
        }
        int lo = 0;
        int hi = bins;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (value < edges.get(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    private static double log2(int n) {
        if (Integer.bitCount(n) == 1) {
            return Integer.numberOfTrailingZeros(n);
        }
        return Math.log(n) / Math.log(2);
    }

    private static List<Double> linspace(double start, double stop, int count) {
        List<Double> points = new ArrayList<>(count);
        double step = (stop - start) / (count - 1);
        for (int i = 0; i < count - 1; i++) {
            points.add(i * step + start);
        }
        points.add(stop);
        return points;
    }
}
