package io.mlworkbench.engine.data.ingest;

/** A row has more fields than the workbench accepts. */
public final class TooManyColumnsException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where, e.g. {@code wide.csv:1}
     * @param limit the most columns accepted
     */
    public TooManyColumnsException(String location, int limit) {
        super(location + ": more than " + limit + " fields in one row. Check the delimiter: a wrong one can split every character");
    }
}
