package io.mlworkbench.engine.training.compare;

import io.mlworkbench.engine.WorkbenchException;
import java.util.List;

/**
 * The corrected resampled t-test (Nadeau and Bengio, 2003) on paired per-fold scores of two models. The
 * variance of the fold differences is inflated by {@code n_test / n_train} to account for overlapping training
 * sets: {@code t = mean(d) / sqrt((1/k + n_test/n_train) * var(d))} with {@code k - 1} degrees of freedom.
 */
public final class CorrectedResampledTTest {

    private CorrectedResampledTTest() {
    }

    /**
     * @param nameA the first model's name
     * @param nameB the second model's name
     * @param metric the metric the scores are, e.g. {@code roc_auc}
     * @param scoresA per fold, the first model's score
     * @param scoresB per fold, the second model's score (same folds)
     * @param testToTrainRatio rows scored over rows trained per fold; {@code 1 / (k - 1)} for k-fold CV
     * @return the test result
     */
    public static ComparisonResult test(String nameA, String nameB, String metric, List<Double> scoresA,
                                        List<Double> scoresB, double testToTrainRatio) {
        int k = scoresA.size();
        if (k < 2 || scoresB.size() != k) {
            throw new WorkbenchException("The corrected resampled t-test needs both models' scores on the same 2 or"
                    + " more folds; got " + k + " and " + scoresB.size() + " fold scores (train both with the same"
                    + " cross-validation folds and seed)");
        }
        double mean = 0;
        for (int i = 0; i < k; i++) {
            mean += scoresA.get(i) - scoresB.get(i);
        }
        mean /= k;
        double ss = 0;
        for (int i = 0; i < k; i++) {
            double d = scoresA.get(i) - scoresB.get(i) - mean;
            ss += d * d;
        }
        double variance = ss / (k - 1);
        double t;
        double p;
        if (variance == 0) {
            t = mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
            p = mean == 0 ? 1 : 0;
        } else {
            t = mean / Math.sqrt((1.0 / k + testToTrainRatio) * variance);
            p = Distributions.studentTwoSided(t, k - 1);
        }
        boolean significant = p < ComparisonResult.ALPHA;
        String better = mean >= 0 ? nameA : nameB;
        String explanation = String.format("Over %d cross-validation folds, %s's %s was higher by %.4f on average"
                        + " (corrected resampled t-test, t = %.2f, %d degrees of freedom). A difference at least this"
                        + " large would arise by chance with probability p = %s if the models were equally good, so %s.",
                k, better, metric, Math.abs(mean), t, k - 1, McNemarTest.formatP(p), significant
                        ? "the difference is unlikely to be chance (5% level)"
                        : "the folds do not show a real difference (5% level)");
        return new ComparisonResult("corrected resampled t-test", t, p, significant, explanation);
    }
}
