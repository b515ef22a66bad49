package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.NumericColumnsBinding;
import java.util.List;

/**
 * Learned centres and scales of {@link ScaleStep}.
 *
 * @param method the method they were learned with (informational)
 * @param columns one affine map per column
 */
public record FittedScale(String method, List<Affine> columns) implements FittedStep {

    /**
     * @param column the column
     * @param center subtracted first
     * @param scale divided by next, never 0
     */
    public record Affine(String column, double center, double scale) {
    }

    /** Copies the list. */
    public FittedScale {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        double[] center = columns.stream().mapToDouble(Affine::center).toArray();
        double[] scale = columns.stream().mapToDouble(Affine::scale).toArray();
        return NumericColumnsBinding.bind(input, columns.stream().map(Affine::column).toList(), ColumnType.DECIMAL,
                (k, x) -> (x - center[k]) / scale[k]);
    }
}
