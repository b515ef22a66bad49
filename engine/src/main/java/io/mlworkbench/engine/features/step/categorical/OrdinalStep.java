package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.ParameterType;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replaces categorical columns by the position of their category: in the given {@code order} (every training
 * category must appear in it), or else in alphabetical order of the training categories (as scikit-learn's
 * OrdinalEncoder).
 *
 * <p>Serving: a category not seen in training (or not in the order) becomes {@code unknown_value} (default -1);
 * missing stays missing.
 */
public final class OrdinalStep implements StepType {

    @Override
    public String kind() {
        return "ordinal";
    }

    @Override
    public String title() {
        return "Ordinal encode";
    }

    @Override
    public String description() {
        return "Replaces each category by its position in a given or alphabetical order; unseen ones by a fixed code.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The categorical columns to encode"),
                ParameterSpec.list("order", ParameterType.TEXTS, "The categories from lowest to highest (default:"
                        + " alphabetical)"),
                ParameterSpec.integer("unknown_value", -1, Integer.MIN_VALUE, Integer.MAX_VALUE, "The code of"
                        + " categories not seen in training"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedOrdinal.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        List<String> order = parameters.texts("order");
        List<FittedOrdinal.Order> columns = new ArrayList<>();
        for (String column : parameters.texts("columns")) {
            Map<String, Integer> counts = context.labelCounts(column);
            if (order.isEmpty()) {
                columns.add(new FittedOrdinal.Order(column, List.copyOf(new TreeSet<>(counts.keySet()))));
                continue;
            }
            List<String> absent = counts.keySet().stream().filter(c -> !order.contains(c)).sorted().toList();
            if (!absent.isEmpty()) {
                throw new WorkbenchException("column '" + column + "' has training categories missing from 'order': "
                        + absent);
            }
            columns.add(new FittedOrdinal.Order(column, order));
        }
        return FitOutcome.of(new FittedOrdinal(columns, parameters.integer("unknown_value")));
    }
}
