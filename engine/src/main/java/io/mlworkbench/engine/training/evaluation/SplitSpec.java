package io.mlworkbench.engine.training.evaluation;

import io.mlworkbench.engine.WorkbenchException;
import java.util.Optional;

/**
 * How to split a table: the shares of validation and test rows, and optionally a time column (then the oldest
 * rows train and the newest test, instead of a seeded stratified shuffle).
 *
 * @param validationFraction share of rows for validation, in [0, 0.5)
 * @param testFraction share of rows for the test, in (0, 0.5]
 * @param timeColumn a DATETIME or numeric column to split by time, if any
 */
public record SplitSpec(double validationFraction, double testFraction, Optional<String> timeColumn) {

    /** Checks the shares. */
    public SplitSpec {
        if (!(testFraction > 0 && testFraction <= 0.5) || !(validationFraction >= 0 && validationFraction < 0.5)) {
            throw new WorkbenchException("Split shares must be 0 < test <= 0.5 and 0 <= validation < 0.5; got test "
                    + testFraction + ", validation " + validationFraction);
        }
        if (timeColumn == null) {
            timeColumn = Optional.empty();
        }
    }

    /** @return the default: 20% test, no validation set, shuffled */
    public static SplitSpec defaults() {
        return new SplitSpec(0.0, 0.2, Optional.empty());
    }
}
