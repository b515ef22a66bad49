package io.mlworkbench.engine.training.evaluation;

/**
 * One fold of a cross-validation.
 *
 * @param index the fold's number, from 0
 * @param train rows the fold's model is fitted on
 * @param test rows it is scored on
 */
public record Fold(int index, int[] train, int[] test) {

    /** Copies the arrays. */
    public Fold {
        train = train.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fold f && index == f.index && java.util.Arrays.equals(train, f.train)
                && java.util.Arrays.equals(test, f.test);
    }

    @Override
    public int hashCode() {
        return index * 961 + java.util.Arrays.hashCode(train) * 31 + java.util.Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Fold[" + index + ": train=" + train.length + " rows, test=" + test.length + " rows]";
    }
}
