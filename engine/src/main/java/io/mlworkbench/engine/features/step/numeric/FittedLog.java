package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.NumericColumnsBinding;
import java.util.List;

/**
 * The settings of {@link LogStep} (it learns nothing).
 *
 * @param columns the columns
 * @param offset added before the logarithm
 */
public record FittedLog(List<String> columns, double offset) implements FittedStep {

    /** Copies the list. */
    public FittedLog {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        return NumericColumnsBinding.bind(input, columns, ColumnType.DECIMAL,
                (k, x) -> x + offset > 0 ? Math.log(x + offset) : Double.NaN);
    }
}
