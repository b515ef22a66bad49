package io.mlworkbench.engine.training.compare;

/**
 * The result of one statistical test of whether two models differ.
 *
 * @param test the test's name, e.g. {@code McNemar} or {@code corrected resampled t-test}
 * @param statistic the test statistic (chi-square, t, or for the exact McNemar test the smaller count)
 * @param pValue the probability of a difference at least this large if the models were equally good
 * @param significant true when {@code pValue < 0.05}
 * @param explanation the result in one or two plain sentences
 */
public record ComparisonResult(String test, double statistic, double pValue, boolean significant,
                               String explanation) {

    /** The significance level used for {@link #significant()}. */
    public static final double ALPHA = 0.05;
}
