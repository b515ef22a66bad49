package io.mlworkbench.engine.data.ingest;

/** One field (or one row) is longer than the workbench accepts, usually because of an unbalanced quote. */
public final class FieldTooLargeException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the field starts, e.g. {@code data.csv:7}
     * @param column 1-based field number
     * @param limitBytes the largest field accepted
     * @param quoteStartLine the line where the field's opening quote is, or -1 when it is not quoted
     */
    public FieldTooLargeException(String location, int column, long limitBytes, long quoteStartLine) {
        super(location + ": field " + column + " is longer than " + limitBytes / (1024 * 1024) + " MiB"
                + (quoteStartLine > 0 ? "; it is quoted from line " + quoteStartLine
                + ", so that quote is probably never closed" : "") + ". Check the quote and delimiter settings");
    }
}
