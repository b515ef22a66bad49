package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.WorkbenchException;

/**
 * An import failed because of the input: the message says what, where (file:line, column) and what was
 * expected. Nothing of the failed import is kept.
 */
public class ImportException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, where, and what was expected */
    public ImportException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong, where, and what was expected
     * @param cause the low-level exception
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
