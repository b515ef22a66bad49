package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.WorkbenchException;

/** A model URI, model name or alias name that does not follow the registry's syntax. */
public final class InvalidModelUriException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param message what was malformed, where, and the expected form */
    public InvalidModelUriException(String message) {
        super(message);
    }
}
