package io.mlworkbench.engine.training.tuning;

import io.mlworkbench.engine.training.algorithm.ParameterValues;
import java.util.List;

/**
 * One evaluated set of hyperparameters.
 *
 * @param number the trial's number, from 1 in the order trials were started
 * @param parameters the values tried
 * @param state complete, pruned or failed
 * @param score mean of the fold scores obtained (larger is better); NaN when failed
 * @param foldScores the primary metric per fold evaluated
 * @param seconds wall-clock time of the trial
 * @param error why it failed, else empty
 */
public record Trial(int number, ParameterValues parameters, TrialState state, double score, List<Double> foldScores,
                    double seconds, String error) {

    /** Copies the scores. */
    public Trial {
        foldScores = List.copyOf(foldScores);
    }

    /** @return true when the trial ran to the end */
    public boolean isComplete() {
        return state == TrialState.COMPLETE;
    }
}
