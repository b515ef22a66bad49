package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.NumericColumnsBinding;
import java.util.List;

/**
 * Learned bounds of {@link ClipStep}.
 *
 * @param columns one pair of bounds per column
 */
public record FittedClip(List<Bounds> columns) implements FittedStep {

    /**
     * @param column the column
     * @param lower values below become this
     * @param upper values above become this
     */
    public record Bounds(String column, double lower, double upper) {
    }

    /** Copies the list. */
    public FittedClip {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        double[] lower = columns.stream().mapToDouble(Bounds::lower).toArray();
        double[] upper = columns.stream().mapToDouble(Bounds::upper).toArray();
        return NumericColumnsBinding.bind(input, columns.stream().map(Bounds::column).toList(), ColumnType.DECIMAL,
                (k, x) -> Double.isNaN(x) ? x : Math.min(upper[k], Math.max(lower[k], x)));
    }
}
