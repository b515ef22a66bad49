package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.SampleStatistics;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import java.util.ArrayList;
import java.util.List;

/**
 * Rescales numeric columns as {@code (x - center) / scale} with center and scale learned from the training rows:
 * {@code standard} (mean, population standard deviation), {@code min_max} (minimum, range: training values land
 * in [0, 1]) or {@code robust} (median, interquartile range). A zero scale becomes 1.
 *
 * <p>Serving: missing stays missing (put an impute step first); values outside the training range are scaled
 * the same way (min_max can give values below 0 or above 1).
 */
public final class ScaleStep implements StepType {

    @Override
    public String kind() {
        return "scale";
    }

    @Override
    public String title() {
        return "Scale numbers";
    }

    @Override
    public String description() {
        return "Centres and scales numeric columns: standard (z-score), min-max to [0, 1], or robust (median/IQR).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The numeric columns to scale"),
                ParameterSpec.choice("method", "standard", "standard: (x-mean)/std; min_max: (x-min)/(max-min);"
                        + " robust: (x-median)/IQR", "standard", "min_max", "robust"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedScale.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        String method = parameters.text("method");
        List<FittedScale.Affine> columns = new ArrayList<>();
        for (String column : parameters.texts("columns")) {
            double[] v = context.sortedObservedNumbers(column);
            double center = 0;
            double scale = 1;
            if (v.length > 0) {
                switch (method) {
                    case "standard" -> {
                        center = SampleStatistics.mean(v);
                        scale = SampleStatistics.std(v);
                    }
                    case "min_max" -> {
                        center = v[0];
                        scale = v[v.length - 1] - v[0];
                    }
                    default -> {
                        center = SampleStatistics.quantile(v, 0.5);
                        scale = SampleStatistics.quantile(v, 0.75) - SampleStatistics.quantile(v, 0.25);
                    }
                }
            }
            columns.add(new FittedScale.Affine(column, center, SampleStatistics.safeScale(scale)));
        }
        return FitOutcome.of(new FittedScale(method, columns));
    }
}
