package io.mlworkbench.engine.registry;

import io.mlworkbench.engine.WorkbenchException;

/** A well-formed model URI or name that names nothing in this workspace (the server answers 404). */
public final class ModelNotFoundException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param message what was looked for and what exists instead */
    public ModelNotFoundException(String message) {
        super(message);
    }
}
