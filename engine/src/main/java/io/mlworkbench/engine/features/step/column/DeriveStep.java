package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.features.expression.CompiledExpression;
import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.List;

/**
 * Adds a column computed by an expression over other columns, e.g. {@code total_charges / (tenure + 1)} or
 * {@code age > 40 and income < 50000} (see {@link CompiledExpression} for the language). The new column is
 * BOOLEAN for a truth-valued expression, CATEGORICAL for a text-valued one, DECIMAL otherwise. Learns nothing.
 *
 * <p>Serving: a missing operand, a division by zero or a value out of a function's domain gives a missing value,
 * never an error; text compared with text never meets an "unseen" problem.
 */
public final class DeriveStep implements StepType {

    @Override
    public String kind() {
        return "derive";
    }

    @Override
    public String title() {
        return "Derived column";
    }

    @Override
    public String description() {
        return "Adds a column computed from other columns with arithmetic, comparisons, and/or/not and functions"
                + " such as log, abs, min, max and if.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("name", true, "The new column's name"),
                ParameterSpec.expression("expression", "e.g. total_charges / (tenure_months + 1)"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedDerive.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        FittedDerive fitted = new FittedDerive(parameters.text("name").strip(), parameters.text("expression"));
        fitted.bind(context.table().schema());
        return FitOutcome.of(fitted);
    }
}
