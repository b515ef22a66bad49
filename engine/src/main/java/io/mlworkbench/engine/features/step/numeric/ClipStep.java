package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.features.step.FitContext;
import io.mlworkbench.engine.features.step.FitOutcome;
import io.mlworkbench.engine.features.step.FittedStep;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.SampleStatistics;
import io.mlworkbench.engine.features.step.StepParameters;
import io.mlworkbench.engine.features.step.StepType;
import io.mlworkbench.engine.WorkbenchException;
import java.util.ArrayList;
import java.util.List;

/**
 * Clips outliers to bounds learned from the training rows: the {@code lower_quantile} and {@code upper_quantile}
 * quantiles, or Tukey's fences {@code Q1 - k*IQR} and {@code Q3 + k*IQR}.
 *
 * <p>Serving: values beyond the bounds become the bound; missing stays missing. A column without training values
 * is not clipped.
 */
public final class ClipStep implements StepType {

    @Override
    public String kind() {
        return "clip";
    }

    @Override
    public String title() {
        return "Clip outliers";
    }

    @Override
    public String description() {
        return "Limits numeric columns to bounds learned from the training rows, by quantiles or by the IQR rule.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The numeric columns to clip"),
                ParameterSpec.choice("method", "quantile", "quantile: clip to two training quantiles; iqr: clip to"
                        + " Q1 - k*IQR and Q3 + k*IQR", "quantile", "iqr"),
                ParameterSpec.decimal("lower_quantile", 0.01, 0, 1, "The lower bound's quantile (quantile method)"),
                ParameterSpec.decimal("upper_quantile", 0.99, 0, 1, "The upper bound's quantile (quantile method)"),
                ParameterSpec.decimal("iqr_factor", 1.5, 0, 100, "k of the IQR rule (iqr method)"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedClip.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        double lowerQ = parameters.decimal("lower_quantile");
        double upperQ = parameters.decimal("upper_quantile");
        if (lowerQ > upperQ) {
            throw new WorkbenchException("lower_quantile " + lowerQ + " is above upper_quantile " + upperQ);
        }
        boolean iqr = parameters.text("method").equals("iqr");
        double k = parameters.decimal("iqr_factor");
        List<FittedClip.Bounds> bounds = new ArrayList<>();
        for (String column : parameters.texts("columns")) {
            double[] v = context.sortedObservedNumbers(column);
            if (v.length == 0) {
                bounds.add(new FittedClip.Bounds(column, -Double.MAX_VALUE, Double.MAX_VALUE));
            } else if (iqr) {
                double q1 = SampleStatistics.quantile(v, 0.25);
                double q3 = SampleStatistics.quantile(v, 0.75);
                bounds.add(new FittedClip.Bounds(column, q1 - k * (q3 - q1), q3 + k * (q3 - q1)));
            } else {
                bounds.add(new FittedClip.Bounds(column, SampleStatistics.quantile(v, lowerQ),
                        SampleStatistics.quantile(v, upperQ)));
            }
        }
        return FitOutcome.of(new FittedClip(bounds));
    }
}
