package io.mlworkbench.engine.data.columnar;

import io.mlworkbench.engine.WorkbenchException;

/** Stored or exported columnar data that cannot be read back: damaged, truncated or not this format. */
public final class CorruptDataException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** @param detail what was wrong, e.g. {@code "truncated in row group 3"} */
    public CorruptDataException(String detail) {
        super("Cannot read dataset data: " + detail + ". The file or the workspace may be damaged.");
    }
}
