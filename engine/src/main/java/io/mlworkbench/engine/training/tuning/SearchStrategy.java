package io.mlworkbench.engine.training.tuning;

/** How the next trial's hyperparameters are chosen. */
public enum SearchStrategy {
    /** Every combination of a few evenly spread values per parameter. */
    GRID,
    /** Independent uniform draws (log-uniform where declared). */
    RANDOM,
    /** Tree-structured Parzen estimator: after some random trials, draws near the best ones. */
    TPE
}
