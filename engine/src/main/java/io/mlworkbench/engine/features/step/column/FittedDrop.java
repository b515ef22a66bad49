package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.FittedStep;
import java.util.List;

/**
 * The settings of {@link DropStep}.
 *
 * @param columns the columns removed
 */
public record FittedDrop(List<String> columns) implements FittedStep {

    /** Copies the list. */
    public FittedDrop {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        ColumnPlan.Builder builder = ColumnPlan.from(input);
        columns.forEach(builder::drop);
        return builder.build().bind((in, out) -> { });
    }
}
