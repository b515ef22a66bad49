package io.mlworkbench.engine.training.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regression model's metrics on one set of rows.
 *
 * @param rows rows scored
 * @param rmse root mean squared error
 * @param mae mean absolute error
 * @param r2 coefficient of determination (1 is perfect, 0 is predicting the mean)
 * @param residuals up to a few hundred (actual, predicted) pairs for a residual plot, evenly sampled
 */
public record RegressionEvaluation(int rows, double rmse, double mae, double r2, List<Residual> residuals)
        implements Evaluation {

    /**
     * One point of a residual plot.
     *
     * @param actual the true value
     * @param predicted the model's value
     */
    public record Residual(double actual, double predicted) {
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("rmse", rmse);
        m.put("mae", mae);
        if (!Double.isNaN(r2)) {
            m.put("r2", r2);
        }
        return m;
    }

    @Override
    public String primaryMetric() {
        return "r2";
    }

    /**
     * @param actual true values
     * @param predicted predicted values
     * @param maxResiduals how many residual points to keep at most
     * @return the metrics
     */
    public static RegressionEvaluation of(double[] actual, double[] predicted, int maxResiduals) {
        int n = actual.length;
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= n;
        double sse = 0;
        double sae = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            double e = actual[i] - predicted[i];
            sse += e * e;
            sae += Math.abs(e);
            sst += (actual[i] - mean) * (actual[i] - mean);
        }
        double r2 = sst == 0 ? Double.NaN : 1 - sse / sst;
        List<Residual> residuals = new java.util.ArrayList<>();
        double step = n <= maxResiduals ? 1 : (double) n / maxResiduals;
        for (double pos = 0; pos < n; pos += step) {
            int i = (int) pos;
            residuals.add(new Residual(actual[i], predicted[i]));
        }
        return new RegressionEvaluation(n, Math.sqrt(sse / n), sae / n, r2, residuals);
    }
}
