package io.mlworkbench.engine.task;

/**
 * Tells long-running engine work that the user asked it to stop. The work checks it once per batch, epoch or
 * fold and, when cancelled, stops by throwing {@link OperationCancelledException} after undoing what it
 * half-wrote.
 */
@FunctionalInterface
public interface CancellationToken {

    /** @return true once the user has asked the work to stop */
    boolean isCancelled();

    /**
     * Throws when the work was cancelled; call it at each checkpoint.
     *
     * @param what the work being done, for the message (e.g. {@code import of churn.csv})
     * @throws OperationCancelledException when {@link #isCancelled()} is true
     */
    default void throwIfCancelled(String what) {
        if (isCancelled()) {
            throw new OperationCancelledException(what);
        }
    }

    /** @return a token that is never cancelled, for callers that offer no cancel */
    static CancellationToken never() {
        return () -> false;
    }
}
