package io.mlworkbench.engine.training.tuning;

/** How a trial ended. */
public enum TrialState {
    /** All folds were scored. */
    COMPLETE,
    /** Stopped early: its running score was below the median of earlier trials at the same fold. */
    PRUNED,
    /** Training failed with these values (e.g. out of memory, invalid combination). */
    FAILED
}
