package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.NumericColumnsBinding;
import java.util.List;

/**
 * Learned cut points of {@link BinStep}.
 *
 * @param columns the cut points of each column
 */
public record FittedBin(List<Cuts> columns) implements FittedStep {

    /**
     * @param column the column
     * @param cuts increasing cut points; k cut points make k + 1 bins
     */
    public record Cuts(String column, List<Double> cuts) {

        /** Copies the list. */
        public Cuts {
            cuts = List.copyOf(cuts);
        }
    }

    /** Copies the list. */
    public FittedBin {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        double[][] cuts = columns.stream().map(c -> c.cuts().stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return NumericColumnsBinding.bind(input, columns.stream().map(Cuts::column).toList(), ColumnType.INTEGER,
                (k, x) -> Double.isNaN(x) ? x : bin(cuts[k], x));
    }

    private static double bin(double[] cuts, double x) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cuts[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
