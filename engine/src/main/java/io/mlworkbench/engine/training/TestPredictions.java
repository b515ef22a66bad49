package io.mlworkbench.engine.training;

import java.util.List;

/**
 * A run's predictions on its test rows, stored as {@code test-predictions.json} so that two runs on the same
 * split can be compared row by row (McNemar's test) without the data.
 *
 * @param rows the test rows (0-based table rows)
 * @param labels classification: the class names; regression: empty
 * @param actual per row, the true class index (classification) or value (regression)
 * @param predicted per row, the predicted class index or value
 */
public record TestPredictions(int[] rows, List<String> labels, double[] actual, double[] predicted) {

    /** Copies the labels. */
    public TestPredictions {
        labels = List.copyOf(labels);
    }

    /**
     * @param row a position in {@link #rows()}
     * @return whether the prediction there is right (regression: never, as the test is for classifiers)
     */
    public boolean isCorrect(int row) {
        return !labels.isEmpty() && actual[row] == predicted[row];
    }
}
