package io.mlworkbench.engine.training.tuning;

/** Told about each trial as it finishes (on the tuner's coordinating thread). */
@FunctionalInterface
public interface TrialListener {

    /**
     * @param trial the trial that finished
     * @param bestSoFar the best complete trial so far (may be {@code trial}); null when none completed yet
     */
    void trialFinished(Trial trial, Trial bestSoFar);
}
