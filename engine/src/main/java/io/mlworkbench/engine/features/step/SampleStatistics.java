package io.mlworkbench.engine.features.step;

/** Descriptive statistics of training values that several steps learn (mean, spread, quantiles). */
public final class SampleStatistics {

    private SampleStatistics() {
    }

    /**
     * @param values the values (no NaN)
     * @return their mean, 0 when there are none
     */
    public static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /**
     * @param values the values (no NaN)
     * @return the population standard deviation (divisor n, as scikit-learn's StandardScaler), 0 for none
     */
    public static double std(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    /**
     * The q-quantile with linear interpolation between order statistics (NumPy's default, R type 7).
     *
     * @param sorted values sorted ascending (no NaN), at least one
     * @param q a probability between 0 and 1
     * @return the quantile
     */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantile of no values");
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * @param scale a spread learned from training values
     * @return the scale, or 1 when it is zero or not finite (a constant column is centred, not divided by 0)
     */
    public static double safeScale(double scale) {
        return scale == 0 || !Double.isFinite(scale) ? 1 : scale;
    }
}
