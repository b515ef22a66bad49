package io.mlworkbench.app.training;

import java.util.Map;

/**
 * A finished run in a results table.
 *
 * @param runId the run's id
 * @param algorithm the algorithm's display name
 * @param primaryMetric the name of the metric runs are ranked by, e.g. {@code roc_auc}
 * @param primary its value on the test rows
 * @param metrics every test metric by name, in display order
 * @param seconds training time
 * @param tuned true when the run is the best of a tuning search
 */
public record RunRow(long runId, String algorithm, String primaryMetric, double primary, Map<String, Double> metrics,
                     double seconds, boolean tuned) {

    /** Copies the metrics. */
    public RunRow {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
