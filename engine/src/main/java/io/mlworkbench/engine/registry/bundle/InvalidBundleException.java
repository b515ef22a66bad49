package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.WorkbenchException;

/** A {@code .mlwb} file that must not be imported: damaged, tampered with, oversized, unsigned or unknown. */
public final class InvalidBundleException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with which bundle and entry, and what was expected */
    public InvalidBundleException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with which bundle and entry, and what was expected
     * @param cause the underlying failure
     */
    public InvalidBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
