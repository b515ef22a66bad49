package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.training.algorithm.ParameterValues;

/** Scores hyperparameters one cross-validation fold at a time; larger is better. Must be thread-safe. */
public interface TrialObjective {

    /** @return how many folds a complete trial scores */
    int folds();

    /**
     * @param values the hyperparameters
     * @param fold the fold, from 0
     * @return the primary metric of a model fitted with {@code values} on that fold
     */
    double score(ParameterValues values, int fold);
}
