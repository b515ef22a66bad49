package io.mlworkbench.engine.data.ingest;

/** The file changed or disappeared while it was being imported. */
public final class SourceChangedException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source the file
     * @param detail what happened, e.g. {@code "changed (size 10 -> 12 bytes)"}
     */
    public SourceChangedException(String source, String detail) {
        super(source + " " + detail + " while it was being imported; nothing was saved. Import it again once it is complete");
    }
}
