package io.mlworkbench.engine.training.compare;

import io.mlworkbench.engine.WorkbenchException;
import java.util.ArrayList;
import java.util.List;

/** Runs the tests that apply to two runs: McNemar when they share test rows, the t-test when they share folds. */
public final class ModelComparison {

    private ModelComparison() {
    }

    /**
     * @param nameA the first model's name
     * @param nameB the second model's name
     * @param correctA per shared test row, whether the first model is right; null when the runs share no test rows
     * @param correctB per shared test row, whether the second model is right; null likewise
     * @param cvA the first model's fold scores (may be empty)
     * @param cvB the second model's fold scores on the same folds (may be empty)
     * @param metric the fold scores' metric
     * @return one result per applicable test
     */
    public static List<ComparisonResult> compare(String nameA, String nameB, boolean[] correctA, boolean[] correctB,
                                                 List<Double> cvA, List<Double> cvB, String metric) {
        List<ComparisonResult> results = new ArrayList<>();
        if (correctA != null && correctB != null) {
            results.add(McNemarTest.test(nameA, nameB, correctA, correctB));
        }
        if (cvA.size() >= 2 && cvA.size() == cvB.size()) {
            results.add(CorrectedResampledTTest.test(nameA, nameB, metric, cvA, cvB, 1.0 / (cvA.size() - 1)));
        }
        if (results.isEmpty()) {
            throw new WorkbenchException("Cannot compare " + nameA + " and " + nameB + ": they were not tested on the"
                    + " same rows of a classification target and not cross-validated on the same folds; train both"
                    + " on the same data with the same seed (and cross-validation folds for the t-test)");
        }
        return results;
    }
}
