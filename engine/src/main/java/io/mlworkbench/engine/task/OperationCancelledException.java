package io.mlworkbench.engine.task;

import io.mlworkbench.engine.WorkbenchException;

/** Long-running work stopped because the user cancelled it; nothing it half-wrote was kept. */
public final class OperationCancelledException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param what the work that was cancelled, e.g. {@code import of churn.csv} */
    public OperationCancelledException(String what) {
        super("Cancelled: " + what + " was stopped at the user's request; nothing was kept.");
    }
}
