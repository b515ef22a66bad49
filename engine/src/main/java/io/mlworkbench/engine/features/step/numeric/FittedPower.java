package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.NumericColumnsBinding;
import java.util.List;

/**
 * Learned λ (and standardisation) of {@link PowerStep}.
 *
 * @param method {@code yeo_johnson} or {@code box_cox}
 * @param columns one λ per column
 */
public record FittedPower(String method, List<Lambda> columns) implements FittedStep {

    /**
     * @param column the column
     * @param lambda the fitted exponent
     * @param mean subtracted after the transform (0 without standardisation)
     * @param std divided by after that (1 without standardisation)
     */
    public record Lambda(String column, double lambda, double mean, double std) {
    }

    /** Copies the list. */
    public FittedPower {
        columns = List.copyOf(columns);
    }

    @Override
    public BoundStep bind(DatasetSchema input) {
        boolean boxCox = method.equals("box_cox");
        double[] lambda = columns.stream().mapToDouble(Lambda::lambda).toArray();
        double[] mean = columns.stream().mapToDouble(Lambda::mean).toArray();
        double[] std = columns.stream().mapToDouble(Lambda::std).toArray();
        return NumericColumnsBinding.bind(input, columns.stream().map(Lambda::column).toList(), ColumnType.DECIMAL,
                (k, x) -> (transform(x, lambda[k], boxCox) - mean[k]) / std[k]);
    }

    /**
     * @param x a value, NaN when missing
     * @param lambda the exponent
     * @param boxCox true for Box-Cox, false for Yeo-Johnson
     * @return the transformed value, NaN when missing or (Box-Cox) not positive
     */
    static double transform(double x, double lambda, boolean boxCox) {
        if (boxCox) {
            if (!(x > 0)) {
                return Double.NaN;
            }
            return Math.abs(lambda) < 1e-12 ? Math.log(x) : (Math.pow(x, lambda) - 1) / lambda;
        }
        if (x >= 0) {
            return Math.abs(lambda) < 1e-12 ? Math.log1p(x) : (Math.pow(x + 1, lambda) - 1) / lambda;
        }
        return Math.abs(lambda - 2) < 1e-12 ? -Math.log1p(-x) : -(Math.pow(1 - x, 2 - lambda) - 1) / (2 - lambda);
    }
}
