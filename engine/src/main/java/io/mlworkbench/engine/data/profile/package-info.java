/**
 * Dataset profiles: per-column statistics (counts, missing, distinct, quantiles, top values, histograms) and
 * per-dataset facts (duplicate rows, constant columns, likely identifiers, target balance), computed once per
 * dataset version by {@link io.mlworkbench.engine.data.profile.DatasetProfiler} and stored as JSON by
 * {@link io.mlworkbench.engine.data.profile.ProfileRepository}.
 *
 * <p>Definitions, so that numbers can be compared with other tools:
 * <ul>
 *   <li>quantiles: numpy's default {@code method="linear"} (Hyndman and Fan type 7), computed exactly on a sorted
 *       copy of the non-missing values;</li>
 *   <li>standard deviation: the sample standard deviation (n - 1 in the denominator), as pandas {@code describe()};</li>
 *   <li>numeric histogram edges: numpy's {@code bins="auto"} (the smaller bin width of Sturges and
 *       Freedman-Diaconis), at most {@link io.mlworkbench.engine.data.profile.HistogramBinning#MAX_BINS} bins;</li>
 *   <li>duplicate rows: rows equal in every column to an earlier row (pandas {@code duplicated().sum()}),
 *       missing values comparing equal.</li>
 * </ul>
 */
package io.mlworkbench.engine.data.profile;
