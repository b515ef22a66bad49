package io.mlworkbench.engine.training.evaluation;

import java.util.Map;

/** The metrics of a model on one set of rows. */
public sealed interface Evaluation permits ClassificationEvaluation, RegressionEvaluation {

    /** @return every scalar metric by name (e.g. {@code roc_auc}, {@code rmse}), NaN-valued ones left out */
    Map<String, Double> metrics();

    /** @return the name of the metric used to rank models: {@code roc_auc}, {@code accuracy} or {@code r2} */
    String primaryMetric();

    /** @return the primary metric's value; larger is better */
    default double primary() {
        return metrics().getOrDefault(primaryMetric(), Double.NaN);
    }

    /** @return how many rows were scored */
    int rows();
}
