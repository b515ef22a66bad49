package io.mlworkbench.engine.task;

/**
 * A flag one thread raises to ask another thread's long operation to stop. The operation checks it once per
 * batch with {@link #throwIfCancelled()} and then undoes what it started, so that a cancelled operation leaves
 * nothing behind.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** @return a new token that is not cancelled */
    public static CancellationToken create() {
        return new CancellationToken();
    }

    /** Asks the operation holding this token to stop. Safe to call from any thread, any number of times. */
    public void cancel() {
        cancelled = true;
    }

    /** @return true once {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Throws when cancellation was requested.
     *
     * @throws CancelledException when {@link #cancel()} was called
     */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
