package io.mlworkbench.engine.training.evaluation;

import java.util.List;

/**
 * How much each input column matters to a model, largest first.
 *
 * @param method how it was measured: {@code total_gain} (boosted trees and forests), {@code abs_coefficient}
 *     (linear models on standardised inputs) or {@code permutation} (drop of the primary metric when the column's
 *     values are shuffled)
 * @param columns per input column its importance, sorted descending
 */
public record FeatureImportance(String method, List<ColumnImportance> columns) {

    /** Copies the list. */
    public FeatureImportance {
        columns = List.copyOf(columns);
    }

    /**
     * @param column an input column
     * @param importance its importance in the method's unit (shares summing to 1 for the native methods)
     */
    public record ColumnImportance(String column, double importance) {
    }
}
