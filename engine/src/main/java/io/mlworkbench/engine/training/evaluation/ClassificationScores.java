package io.mlworkbench.engine.training.evaluation;

import java.util.List;

/**
 * A classifier's output on labelled rows: the true class and a score per class for each row.
 *
 * @param labels the classes, in order; {@code actual} and score columns index into it
 * @param actual per row, the index of the true class
 * @param scores per row, one score per class: probabilities when {@code probabilistic}, margins otherwise
 * @param probabilistic true when the scores are probabilities summing to 1
 */
public record ClassificationScores(List<String> labels, int[] actual, double[][] scores, boolean probabilistic) {

    /** Checks shapes. */
    public ClassificationScores {
        labels = List.copyOf(labels);
        if (actual.length != scores.length) {
            throw new IllegalArgumentException(actual.length + " labels but " + scores.length + " score rows");
        }
    }

    /** @return the number of rows */
    public int size() {
        return actual.length;
    }

    /**
     * @param row a row
     * @return the index of the highest-scoring class (the first on ties)
     */
    public int predicted(int row) {
        double[] s = scores[row];
        int best = 0;
        for (int k = 1; k < s.length; k++) {
            if (s[k] > s[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * @param k a class index
     * @return every row's score for that class
     */
    public double[] column(int k) {
        double[] c = new double[scores.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = scores[i][k];
        }
        return c;
    }

    /**
     * @param k a class index
     * @return per row, whether it truly is that class
     */
    public boolean[] isClass(int k) {
        boolean[] b = new boolean[actual.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = actual[i] == k;
        }
        return b;
    }
}
