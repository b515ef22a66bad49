package io.mlworkbench.engine.training;

import io.mlworkbench.engine.training.tuning.SearchStrategy;
import io.mlworkbench.engine.training.tuning.TuningBudget;
import java.util.List;

/**
 * A tuning run: the training request whose algorithm is tuned (its parameters are the fixed values), how to
 * search, for how long, and with how many folds.
 *
 * @param training the base request; its spec's algorithm, target, seed and split are used
 * @param strategy grid, random or TPE
 * @param tuned the parameters to vary; empty for all of the algorithm's
 * @param budget trials and time at most
 * @param folds cross-validation folds per trial, at least 2
 * @param gridPoints for grid search: values per numeric parameter
 * @param prune whether poor trials stop early (median pruning)
 */
public record TuningRequest(TrainingRequest training, SearchStrategy strategy, List<String> tuned,
                            TuningBudget budget, int folds, int gridPoints, boolean prune) {

    /** Copies the list. */
    public TuningRequest {
        tuned = List.copyOf(tuned);
    }

    /**
     * @param training the base request
     * @param strategy how to search
     * @param budget trials and time at most
     * @return a request tuning every parameter with 3 folds, 3 grid points and pruning on
     */
    public static TuningRequest of(TrainingRequest training, SearchStrategy strategy, TuningBudget budget) {
        return new TuningRequest(training, strategy, List.of(), budget, 3, 3, true);
    }
}
