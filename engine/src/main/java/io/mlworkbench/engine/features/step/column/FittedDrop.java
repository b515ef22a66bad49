package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.RowBuffer;
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
        return CopyOnlyBinding.of(builder.build());
    }

    /** A binding that only copies kept columns (drop, rename). */
    record CopyOnlyBinding(ColumnPlan plan) implements BoundStep {

        static CopyOnlyBinding of(ColumnPlan plan) {
            return new CopyOnlyBinding(plan);
        }

        @Override
        public DatasetSchema output() {
            return plan.output();
        }

        @Override
        public void apply(RowBuffer in, RowBuffer out) {
            plan.copyKept(in, out);
        }
    }
}
