package io.mlworkbench.engine.task;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link CancellationToken} that someone can cancel: the command line on Ctrl+C, a test, a parent operation.
 * The desktop app's background tasks provide their own tokens.
 */
public final class CancellationSource implements CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Asks the work holding this token to stop at its next checkpoint. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
