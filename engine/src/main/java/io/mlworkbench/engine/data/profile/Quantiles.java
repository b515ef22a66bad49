package io.mlworkbench.engine.data.profile;

/**
 * The 1st, 5th, 25th, 50th, 75th, 95th and 99th percentiles of a numeric column's non-missing values, with numpy's
 * default linear interpolation ({@code numpy.quantile(x, q, method="linear")}, Hyndman and Fan type 7).
 *
 * @param p1 1st percentile
 * @param p5 5th percentile
 * @param p25 first quartile
 * @param p50 median
 * @param p75 third quartile
 * @param p95 95th percentile
 * @param p99 99th percentile
 */
public record Quantiles(double p1, double p5, double p25, double p50, double p75, double p95, double p99) {

    /** @return the interquartile range, p75 - p25 */
    public double interquartileRange() {
        return p75 - p25;
    }
}
