package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.SampleStatistics;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Replaces missing values by a value learned from the training rows: the mean, the median, the most frequent
 * value (ties: the smallest number or the first label in alphabetical order, as scikit-learn) or a constant.
 * Mean and median need numbers; most frequent and constant work on labels too. With {@code add_indicator} a
 * BOOLEAN column {@code <column>_was_missing} follows each imputed column.
 *
 * <p>Serving: a missing value gets the learned fill value (and indicator 1). A column with no value in the training
 * rows fills with 0 (numbers) or {@code "missing"} (labels).
 */
public final class ImputeStep implements StepType {

    /** The fill value used by {@code constant} when none is given, and for labels never seen in training. */
    static final String DEFAULT_LABEL = "missing";

    @Override
    public String kind() {
        return "impute";
    }

    @Override
    public String title() {
        return "Impute missing values";
    }

    @Override
    public String description() {
        return "Fills missing values with the training mean, median, most frequent value or a constant; optionally"
                + " adds a 0/1 column saying the value was missing.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The columns whose missing values are filled"),
                ParameterSpec.choice("strategy", "mean", "How the fill value is learned from the training rows",
                        "mean", "median", "most_frequent", "constant"),
                ParameterSpec.text("fill_value", false, "The value used by the constant strategy (default 0 for"
                        + " numbers, 'missing' for labels)"),
                ParameterSpec.bool("add_indicator", false, "Add a <column>_was_missing column (1 when missing)"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedImpute.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        String strategy = parameters.text("strategy");
        List<FittedImpute.Fill> fills = new ArrayList<>();
        for (String column : parameters.texts("columns")) {
            ColumnSchema schema = context.table().column(column).schema();
            boolean numeric = schema.type().isNumericStorage();
            if (!numeric && (strategy.equals("mean") || strategy.equals("median"))) {
                throw new WorkbenchException("column '" + column + "' is " + schema.type() + ": strategy '" + strategy
                        + "' needs numbers; use most_frequent or constant");
            }
            fills.add(numeric ? new FittedImpute.Fill(column, fillNumber(strategy, parameters, context, column), null)
                    : new FittedImpute.Fill(column, null, fillLabel(strategy, parameters, context, column)));
        }
        return FitOutcome.of(new FittedImpute(fills, parameters.bool("add_indicator")));
    }

    private static double fillNumber(String strategy, StepParameters p, FitContext context, String column) {
        if (strategy.equals("constant")) {
            String text = p.optionalText("fill_value").orElse("0");
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new WorkbenchException("fill_value '" + text + "' is not a number, but column '" + column
                        + "' holds numbers", e);
            }
        }
        double[] sorted = context.sortedObservedNumbers(column);
        if (sorted.length == 0) {
            return 0;
        }
        return switch (strategy) {
            case "mean" -> SampleStatistics.mean(sorted);
            case "median" -> SampleStatistics.quantile(sorted, 0.5);
            default -> mostFrequent(sorted);
        };
    }

    private static double mostFrequent(double[] sorted) {
        double best = sorted[0];
        int bestRun = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i > bestRun) {
                bestRun = j - i;
                best = sorted[i];
            }
            i = j;
        }
        return best;
    }

    private static String fillLabel(String strategy, StepParameters p, FitContext context, String column) {
        if (strategy.equals("constant")) {
            return p.optionalText("fill_value").orElse(DEFAULT_LABEL);
        }
        Map<String, Integer> counts = context.labelCounts(column);
        String[] labels = counts.keySet().toArray(String[]::new);
        Arrays.sort(labels);
        String best = DEFAULT_LABEL;
        int bestCount = 0;
        for (String label : labels) {
            if (counts.get(label) > bestCount) {
                bestCount = counts.get(label);
                best = label;
            }
        }
        return best;
    }
}
