package io.mlworkbench.engine.training.encoding;

import io.mlworkbench.engine.WorkbenchException;

/** A table that cannot be used for training or prediction as asked: no target, no inputs, a wrong column type. */
public final class EncodingException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with which column, and what was expected */
    public EncodingException(String message) {
        super(message);
    }
}
