package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.FittedStep;

/**
 * The settings of {@link RenameStep}.
 *
 * @param column the old name
 * @param newName the new name
 */
public record FittedRename(String column, String newName) implements FittedStep {

    @Override
    public BoundStep bind(DatasetSchema input) {
        return ColumnPlan.from(input).rename(column, newName).build().bind((in, out) -> { });
    }
}
