package io.mlworkbench.app.training;

import io.mlworkbench.engine.training.tuning.SearchStrategy;
import io.mlworkbench.engine.training.tuning.TuningBudget;

/**
 * How tuned algorithms are searched.
 *
 * @param strategy grid, random or TPE
 * @param budget trials and time at most
 * @param folds cross-validation folds per trial
 */
public record TuningSettings(SearchStrategy strategy, TuningBudget budget, int folds) {
}
