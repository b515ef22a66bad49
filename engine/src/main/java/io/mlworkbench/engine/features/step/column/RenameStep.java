package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.List;

/** Renames a column, keeping its values, type and role. Learns nothing; serving reads the old name. */
public final class RenameStep implements StepType {

    @Override
    public String kind() {
        return "rename";
    }

    @Override
    public String title() {
        return "Rename column";
    }

    @Override
    public String description() {
        return "Gives a column another name.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.column("column", "The column to rename"),
                ParameterSpec.text("new_name", true, "Its new name"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedRename.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        FittedRename fitted = new FittedRename(parameters.text("column"), parameters.text("new_name").strip());
        fitted.bind(context.table().schema());
        return FitOutcome.of(fitted);
    }
}
