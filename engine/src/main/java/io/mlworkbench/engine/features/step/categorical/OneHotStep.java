package io.mlworkbench.engine.features.step.categorical;

import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.List;

/**
 * One-hot encodes categorical columns: one 0/1 column {@code <column>=<category>} for each of the {@code top_k}
 * most frequent training categories (seen at least {@code min_frequency} times), plus, with {@code other}, a
 * column {@code <column>=(other)} for every rarer category. The original column is replaced. Numeric columns are
 * encoded by the canonical text of their values.
 *
 * <p>Serving: a category not seen in training (or not in the top k) sets {@code (other)} to 1, or leaves every
 * column 0 without {@code other}; a missing value leaves every column 0.
 */
public final class OneHotStep implements StepType {

    @Override
    public String kind() {
        return "one_hot";
    }

    @Override
    public String title() {
        return "One-hot encode";
    }

    @Override
    public String description() {
        return "One 0/1 column per frequent category, plus an (other) column for rare and unseen categories.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The categorical columns to encode"),
                ParameterSpec.integer("top_k", 20, 1, 1000, "Keep at most this many of the most frequent categories"),
                ParameterSpec.integer("min_frequency", 1, 1, Integer.MAX_VALUE, "Categories seen fewer times in"
                        + " training count as other"),
                ParameterSpec.bool("other", true, "Add a <column>=(other) column for rare and unseen categories"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedOneHot.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        List<FittedOneHot.Categories> columns = new ArrayList<>();
        for (String column : parameters.texts("columns")) {
            columns.add(new FittedOneHot.Categories(column, CategoryRanking.top(context.labelCounts(column),
                    parameters.integer("min_frequency"), parameters.integer("top_k"))));
        }
        return FitOutcome.of(new FittedOneHot(columns, parameters.bool("other")));
    }
}
