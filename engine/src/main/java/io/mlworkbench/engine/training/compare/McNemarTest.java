package io.mlworkbench.engine.training.compare;

import io.mlworkbench.engine.WorkbenchException;

/**
 * McNemar's test on two classifiers' predictions for the same test rows: only the rows where exactly one model
 * is right count. With fewer than 25 such rows the exact binomial test is used, otherwise the chi-square test
 * with continuity correction, as statsmodels' {@code mcnemar(exact=..., correction=True)}.
 */
public final class McNemarTest {

    private McNemarTest() {
    }

    /**
     * @param nameA the first model's name, for the sentence
     * @param nameB the second model's name
     * @param correctA per row, whether the first model is right
     * @param correctB per row, whether the second model is right
     * @return the test result
     */
    public static ComparisonResult test(String nameA, String nameB, boolean[] correctA, boolean[] correctB) {
        if (correctA.length != correctB.length || correctA.length == 0) {
            throw new WorkbenchException("McNemar's test needs both models' predictions on the same test rows; got "
                    + correctA.length + " and " + correctB.length + " rows");
        }
        long onlyA = 0;
        long onlyB = 0;
        for (int i = 0; i < correctA.length; i++) {
            onlyA += correctA[i] && !correctB[i] ? 1 : 0;
            onlyB += correctB[i] && !correctA[i] ? 1 : 0;
        }
        long n = onlyA + onlyB;
        double statistic;
        double p;
        String method;
        if (n == 0) {
            statistic = 0;
            p = 1;
            method = "exact";
        } else if (n < 25) {
            statistic = Math.min(onlyA, onlyB);
            p = Math.min(1, 2 * Distributions.binomialHalfCdf(Math.min(onlyA, onlyB), n));
            method = "exact binomial";
        } else {
            statistic = Math.pow(Math.abs(onlyA - onlyB) - 1, 2) / n;
            p = Distributions.chiSquareSurvival(statistic, 1);
            method = "chi-square with continuity correction";
        }
        boolean significant = p < ComparisonResult.ALPHA;
        String explanation = String.format("On the %,d test rows, %s was right where %s was wrong %,d times, and the"
                        + " reverse %,d times (McNemar, %s). If both models were equally accurate, a split at least"
                        + " this uneven would happen with probability p = %s, so %s.", correctA.length, nameA, nameB,
                onlyA, onlyB, method, formatP(p), significant
                        ? "the difference in accuracy is unlikely to be chance (5% level)"
                        : "the test finds no real difference in accuracy (5% level)");
        return new ComparisonResult("McNemar", statistic, p, significant, explanation);
    }

    static String formatP(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format("%.4f", p);
    }
}
