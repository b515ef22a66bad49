package io.mlworkbench.engine.data.ingest;

/** The input has nothing to import: no bytes, only blank lines, or only a header. */
public final class EmptySourceException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source the file or query
     * @param detail what it holds, e.g. {@code "is empty (0 bytes)"}
     */
    public EmptySourceException(String source, String detail) {
        super(source + " " + detail + ": nothing to import");
    }
}
