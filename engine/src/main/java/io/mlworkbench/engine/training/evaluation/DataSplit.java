package io.mlworkbench.engine.training.evaluation;

/**
 * Which rows of a table train, validate and test a model. Row numbers are 0-based table rows.
 *
 * @param train rows the model is fitted on
 * @param validation rows for early decisions (tuning, stopping); may be empty
 * @param test rows held out for the reported metrics
 */
public record DataSplit(int[] train, int[] validation, int[] test) {

    /** Copies the arrays. */
    public DataSplit {
        train = train.clone();
        validation = validation.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSplit d && java.util.Arrays.equals(train, d.train)
                && java.util.Arrays.equals(validation, d.validation) && java.util.Arrays.equals(test, d.test);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(train) * 31 * 31 + java.util.Arrays.hashCode(validation) * 31
                + java.util.Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "DataSplit[train=" + train.length + " rows, validation=" + validation.length + " rows, test="
                + test.length + " rows]";
    }
}
