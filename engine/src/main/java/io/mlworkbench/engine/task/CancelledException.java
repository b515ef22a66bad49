package io.mlworkbench.engine.task;

import io.mlworkbench.engine.WorkbenchException;

/** The user cancelled an operation; whatever it had started was undone. */
public final class CancelledException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the standard message. */
    public CancelledException() {
        super("Cancelled by the user; nothing was saved");
    }
}
