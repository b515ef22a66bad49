package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.WorkbenchException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a version must show before the protected {@code champion} alias may point at it. The workspace keeps
 * one policy; admins edit it.
 *
 * <p>The comparison metric is read from the {@code test} split of the runs' stored metrics. Without an
 * explicit metric the gate uses {@code roc_auc} when the candidate has it (classification) and otherwise
 * {@code r2} (regression). Error metrics ({@link #LOWER_IS_BETTER}) must go down to count as better; every
 * other metric must go up. Equal is not better.
 *
 * @param requireValidation the candidate's dataset version must have passed its validation suite
 * @param requireImprovement the candidate must beat the current champion on the test metric
 * @param metric the test metric to compare; empty for the automatic choice
 */
public record PromotionPolicy(boolean requireValidation, boolean requireImprovement, Optional<String> metric) {

    /** The split whose metrics the gate compares. */
    public static final String SPLIT = "test";
    /** The automatic metric choice, in order of preference. */
    public static final List<String> AUTOMATIC_METRICS = List.of("roc_auc", "r2");
    /** Metrics where a smaller value is better. */
    public static final Set<String> LOWER_IS_BETTER = Set.of("rmse", "mse", "mae", "log_loss", "logloss",
            "brier_score", "error_rate");

    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{0,99}");

    /** Checks the metric name. */
    public PromotionPolicy {
        metric.ifPresent(m -> {
            if (!METRIC.matcher(m).matches()) {
                throw new WorkbenchException("Invalid promotion metric '" + m + "': expected a stored metric name"
                        + " in lower case, e.g. roc_auc, r2, accuracy, rmse");
            }
        });
    }

    /** @return the policy of a workspace that never set one: both checks on, automatic metric */
    public static PromotionPolicy defaults() {
        return new PromotionPolicy(true, true, Optional.empty());
    }

    /** @return the metrics to look for on the candidate, in order */
    public List<String> metricPreference() {
        return metric.map(List::of).orElse(AUTOMATIC_METRICS);
    }

    /**
     * @param metricName a metric
     * @return true unless smaller values of that metric are better
     */
    public static boolean isHigherBetter(String metricName) {
        return !LOWER_IS_BETTER.contains(metricName);
    }
}
