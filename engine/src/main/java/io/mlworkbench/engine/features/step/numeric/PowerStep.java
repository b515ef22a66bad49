package io.mlworkbench.engine.features.step.numeric;

import io.mlworkbench.engine.WorkbenchException;
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
 * A power transform that makes skewed numeric columns more Gaussian, as scikit-learn's {@code PowerTransformer}.
 *
 * <ul>
 *   <li>{@code yeo_johnson} (Yeo and Johnson, 2000) accepts any real value: for {@code x >= 0},
 *       {@code ((x+1)^λ - 1)/λ} ({@code ln(x+1)} when λ = 0); for {@code x < 0},
 *       {@code -((1-x)^(2-λ) - 1)/(2-λ)} ({@code -ln(1-x)} when λ = 2).</li>
 *   <li>{@code box_cox} (Box and Cox, 1964) needs strictly positive training values: {@code (x^λ - 1)/λ}
 *       ({@code ln x} when λ = 0).</li>
 * </ul>
 * λ maximises the Gaussian log-likelihood of the transformed training values (golden-section search over
 * [-5, 5]); with {@code standardize} the result is then centred and scaled by the transformed training mean and
 * standard deviation.
 *
 * <p>Serving: missing stays missing; under Box-Cox a value {@code <= 0} has no transform and becomes missing.
 */
public final class PowerStep implements StepType {

    static final double LAMBDA_MIN = -5;
    static final double LAMBDA_MAX = 5;

    @Override
    public String kind() {
        return "power";
    }

    @Override
    public String title() {
        return "Power transform";
    }

    @Override
    public String description() {
        return "Yeo-Johnson (any values) or Box-Cox (positive values) transform with λ fitted by maximum"
                + " likelihood on the training rows, optionally standardised.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.columns("columns", "The numeric columns to transform"),
                ParameterSpec.choice("method", "yeo_johnson", "yeo_johnson: any values; box_cox: positive values only",
                        "yeo_johnson", "box_cox"),
                ParameterSpec.bool("standardize", true, "Centre and scale the result to mean 0, deviation 1"));
    }

    @Override
    public Class<? extends FittedStep> fittedType() {
        return FittedPower.class;
    }

    @Override
    public FitOutcome fit(StepParameters parameters, FitContext context) {
        boolean boxCox = parameters.text("method").equals("box_cox");
        boolean standardize = parameters.bool("standardize");
        List<FittedPower.Lambda> columns = new ArrayList<>();
        for (String column : parameters.texts("columns")) {
            double[] v = context.sortedObservedNumbers(column);
            if (boxCox && v.length > 0 && v[0] <= 0) {
                throw new WorkbenchException("column '" + column + "' has the training value " + v[0]
                        + ": box_cox needs values above 0; use yeo_johnson");
            }
            double lambda = v.length < 2 ? 1 : fitLambda(v, boxCox);
            double mean = 0;
            double std = 1;
            if (standardize && v.length > 0) {
                double[] t = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    t[i] = FittedPower.transform(v[i], lambda, boxCox);
                }
                mean = SampleStatistics.mean(t);
                std = SampleStatistics.safeScale(SampleStatistics.std(t));
            }
            columns.add(new FittedPower.Lambda(column, lambda, mean, std));
        }
        return FitOutcome.of(new FittedPower(boxCox ? "box_cox" : "yeo_johnson", columns));
    }

    /** Golden-section search for the λ that maximises the log-likelihood. */
    static double fitLambda(double[] x, boolean boxCox) {
        double logTerm = 0;
        for (double v : x) {
            logTerm += boxCox ? Math.log(v) : Math.signum(v) * Math.log1p(Math.abs(v));
        }
        double g = (Math.sqrt(5) - 1) / 2;
        double a = LAMBDA_MIN;
        double b = LAMBDA_MAX;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = logLikelihood(x, c, boxCox, logTerm);
        double fd = logLikelihood(x, d, boxCox, logTerm);
        while (b - a > 1e-7) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = logLikelihood(x, c, boxCox, logTerm);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = logLikelihood(x, d, boxCox, logTerm);
            }
        }
        return (a + b) / 2;
    }

    private static double logLikelihood(double[] x, double lambda, boolean boxCox, double logTerm) {
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            t[i] = FittedPower.transform(x[i], lambda, boxCox);
        }
        double variance = Math.pow(SampleStatistics.std(t), 2);
        if (!(variance > 0) || !Double.isFinite(variance)) {
            return Double.NEGATIVE_INFINITY;
        }
        return -x.length / 2.0 * Math.log(variance) + (lambda - 1) * logTerm;
    }
}
