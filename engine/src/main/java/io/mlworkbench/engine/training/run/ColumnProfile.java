package io.mlworkbench.engine.training.run;

import java.util.List;
import java.util.Map;

/**
 * The reference distribution of one model input, captured on the training rows so that drift monitoring needs
 * only current data later.
 *
 * @param name the column
 * @param kind {@code numeric} or {@code categorical}
 * @param count rows profiled
 * @param missing rows without a value
 * @param distinct distinct present values (numeric: counted exactly)
 * @param min smallest value (numeric), else NaN
 * @param max largest value (numeric), else NaN
 * @param mean mean (numeric), else NaN
 * @param std population standard deviation (numeric), else NaN
 * @param binEdges numeric: histogram edges by Sturges' rule on the reference values (bins = edges - 1)
 * @param binCounts numeric: rows per bin (the last bin includes its upper edge)
 * @param valueCounts categorical: counts of the most frequent values plus {@code __other__}; numeric with at
 *     most 20 distinct values: count per value (as text)
 */
public record ColumnProfile(String name, String kind, long count, long missing, long distinct, double min, double max,
                            double mean, double std, List<Double> binEdges, List<Long> binCounts,
                            Map<String, Long> valueCounts) {
}
