package io.mlworkbench.engine.task;

/**
 * Receives progress from long-running engine work. Called on the worker's thread; implementations hand the
 * values to their UI thread themselves.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports how far the work has got.
     *
     * @param done units done so far
     * @param total units in all, or a negative number when unknown
     * @param message what is being done now, in words a user understands
     */
    void progress(long done, long total, String message);

    /** @return a listener that ignores every report */
    static ProgressListener ignoring() {
        return (done, total, message) -> { };
    }
}
