package io.mlworkbench.engine.registry;

/**
 * One metric a training run stored.
 *
 * @param split the data split, e.g. {@code train}, {@code validation}, {@code test}
 * @param name the metric, e.g. {@code roc_auc}, {@code r2}
 * @param step the step (epoch, iteration); final metrics use the highest step
 * @param value the value
 */
public record RunMetric(String split, String name, int step, double value) {
}
