package io.mlworkbench.engine.task;

/**
 * Receives progress of a long operation. Called on the worker's thread: a GUI listener must hand the values
 * over to its own thread. Implementations must be cheap; they are called once per batch.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * Reports progress.
     *
     * @param done units of work done so far (bytes, rows, ...)
     * @param total the units of work in all, or -1 when unknown
     * @param message what is happening now, e.g. {@code "Reading adult.data"}
     */
    void progress(long done, long total, String message);
}
