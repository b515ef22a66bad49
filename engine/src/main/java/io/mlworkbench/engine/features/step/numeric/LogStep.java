package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.List;

/**
 * Replaces numeric columns by {@code ln(x + offset)} (offset 1 by default: {@code log1p}). Learns nothing.
 *
 * <p>Serving: a value with {@code x + offset <= 0} has no logarithm and becomes missing; missing stays missing.
 */
public final class LogStep implements StepType {

    @Override
    public String kind() {
        return "log";
    }

    @Override
    public String title() {
        return "Logarithm";
    }

    @Override
    public String description() {
        return "Takes the natural logarithm of x + offset; values at or below -offset become missing.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The numeric columns to transform"),
                ParameterSpec.decimal("offset", 1, -1e12, 1e12, "Added before the logarithm (1 gives log1p)"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedLog.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        parameters.texts("columns").forEach(c -> context.sortedObservedNumbers(c));
        return FitOutcome.of(new FittedLog(parameters.texts("columns"), parameters.decimal("offset")));
    }
}
