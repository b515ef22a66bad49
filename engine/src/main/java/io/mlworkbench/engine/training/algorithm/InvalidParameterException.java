package io.mlworkbench.engine.training.algorithm;

import io.mlworkbench.engine.WorkbenchException;

/** A hyperparameter value that is unknown, of the wrong type or out of its declared range. */
public final class InvalidParameterException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param message which parameter, what was given and what was expected */
    public InvalidParameterException(String message) {
        super(message);
    }
}
