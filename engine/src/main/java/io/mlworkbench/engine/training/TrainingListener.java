package io.mlworkbench.engine.training;

import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.tuning.Trial;

/**
 * Receives training results as they happen, so a GUI can show each model and each tuning trial the moment it
 * finishes. Called on the training thread (or a trial's thread); implementations hand values to their UI thread.
 */
public interface TrainingListener extends ProgressListener {

    /**
     * A run was recorded as started.
     *
     * @param runId the run's id
     * @param algorithm the algorithm id
     */
    default void runStarted(long runId, String algorithm) {
    }

    /**
     * A run finished and was stored.
     *
     * @param result the run and its metrics
     */
    default void runFinished(RunResult result) {
    }

    /**
     * A run failed; the others of a batch go on.
     *
     * @param algorithm the algorithm id
     * @param message why, in words a user can act on
     */
    default void runFailed(String algorithm, String message) {
    }

    /**
     * A tuning trial finished.
     *
     * @param trial the trial
     * @param bestSoFar the best trial so far (for a live best-so-far chart)
     */
    default void trialFinished(Trial trial, Trial bestSoFar) {
    }

    @Override
    default void progress(long done, long total, String message) {
    }

    /** @return a listener that ignores everything */
    static TrainingListener ignoring() {
        return new TrainingListener() {
        };
    }
}
