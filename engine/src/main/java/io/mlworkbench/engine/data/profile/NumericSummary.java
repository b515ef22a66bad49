package io.mlworkbench.engine.data.profile;

/**
 * Location and spread of a quantitative (INTEGER or DECIMAL) column's non-missing values.
 *
 * @param min the smallest value
 * @param max the largest value
 * @param mean the arithmetic mean (compensated summation)
 * @param std the sample standard deviation (n - 1 denominator, as pandas); null with fewer than two values
 * @param quantiles the percentiles
 */
public record NumericSummary(double min, double max, double mean, Double std, Quantiles quantiles) {
}
