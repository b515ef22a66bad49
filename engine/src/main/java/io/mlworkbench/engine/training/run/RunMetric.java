package io.mlworkbench.engine.training.run;

/**
 * One stored metric value of a run.
 *
 * @param split where it was measured: {@code test}, {@code validation}, {@code cv} (step = fold),
 *     {@code train} (e.g. {@code train_seconds}) or {@code tuning} (step = trial)
 * @param name the metric, e.g. {@code roc_auc}
 * @param step fold or trial number, 0 otherwise
 * @param value the value
 */
public record RunMetric(String split, String name, int step, double value) {
}
