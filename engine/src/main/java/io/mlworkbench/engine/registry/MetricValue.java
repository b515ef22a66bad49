package io.mlworkbench.engine.registry;

/**
 * A stored test metric, as lists show it.
 *
 * @param name the metric, e.g. {@code roc_auc}
 * @param value its final value on the {@code test} split
 */
public record MetricValue(String name, double value) {

    /**
     * @param other another value of a metric
     * @return true when this value is better than the other (higher, or lower for error metrics)
     */
    public boolean isBetterThan(MetricValue other) {
        return PromotionPolicy.isHigherBetter(name) ? value > other.value : value < other.value;
    }
}
