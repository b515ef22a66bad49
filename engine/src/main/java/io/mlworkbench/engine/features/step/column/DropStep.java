package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.List;

/**
 * Removes columns. Learns nothing. Serving: the dropped columns may be absent from the request; their values are
 * ignored when present.
 */
public final class DropStep implements StepType {

    @Override
    public String kind() {
        return "drop";
    }

    @Override
    public String title() {
        return "Drop columns";
    }

    @Override
    public String description() {
        return "Removes columns from the output.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.columns("columns", "The columns to remove"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedDrop.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        FittedDrop fitted = new FittedDrop(parameters.texts("columns"));
        fitted.bind(context.table().schema());
        return FitOutcome.of(fitted);
    }
}
