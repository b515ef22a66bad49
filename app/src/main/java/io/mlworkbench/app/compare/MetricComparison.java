package io.mlworkbench.app.compare;

import java.util.List;
import java.util.Set;

/**
 * One metric across the compared runs.
 *
 * @param metric the metric's name
 * @param values one value per compared run, NaN where the run lacks it
 * @param best the index of the best value, -1 when no run has one or several share it
 */
public record MetricComparison(String metric, List<Double> values, int best) {

    private static final Set<String> LOWER_IS_BETTER = Set.of("log_loss", "rmse", "mae");

    /** Copies the values. */
    public MetricComparison {
        values = List.copyOf(values);
    }

    /**
     * @param metric the metric's name
     * @param values one value per run, NaN where missing
     * @return the comparison, the best chosen by the metric's direction
     */
    public static MetricComparison of(String metric, List<Double> values) {
        boolean lower = LOWER_IS_BETTER.contains(metric);
        int best = -1;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (!Double.isNaN(v) && (best < 0 || (lower ? v < values.get(best) : v > values.get(best)))) {
                best = i;
            }
        }
        int bestIndex = best;
        long tied = values.stream().filter(v -> bestIndex >= 0 && v.equals(values.get(bestIndex))).count();
        return new MetricComparison(metric, values, tied > 1 ? -1 : best);
    }
}
