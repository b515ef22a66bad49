package io.mlworkbench.engine.data.ingest;

/** The source could not be read: a file that cannot be opened, a failing query, a damaged spreadsheet. */
public final class SourceReadException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be read and why
     * @param cause the I/O, SQL or library exception
     */
    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
