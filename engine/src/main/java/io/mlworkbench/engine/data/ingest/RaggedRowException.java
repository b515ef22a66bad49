package io.mlworkbench.engine.data.ingest;

/** A row has more or fewer fields than the header (or first row). */
public final class RaggedRowException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where, e.g. {@code adult.data:12}
     * @param expected the header's field count
     * @param found the row's field count
     */
    public RaggedRowException(String location, int expected, int found) {
        super(location + ": expected " + expected + " fields (as in the first row), found " + found + ". Fix the row, or choose to skip and count rows like it");
    }
}
