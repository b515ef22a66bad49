package io.mlworkbench.engine.data.ingest;

/** A quoted field is never closed before the end of the input. */
public final class UnterminatedQuoteException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the quoted field starts, e.g. {@code data.csv:7}
     * @param quote the quote character
     */
    public UnterminatedQuoteException(String location, char quote) {
        super(location + ": a field quoted with " + quote + " starts here and is never closed (the end of the file was reached). Look for a stray " + quote + " on that line, or set the quote character to none");
    }
}
