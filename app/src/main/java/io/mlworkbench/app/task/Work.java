package io.mlworkbench.app.task;

import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;

/**
 * The body of a background task: engine calls that may take a while.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface Work<T> {

    /**
     * Does the work, off the JavaFX thread.
     *
     * @param progress where to report progress
     * @param cancellation checked by the work to stop early
     * @return the result, handed to the task's success callback on the JavaFX thread
     */
    T run(ProgressListener progress, CancellationToken cancellation);
}
