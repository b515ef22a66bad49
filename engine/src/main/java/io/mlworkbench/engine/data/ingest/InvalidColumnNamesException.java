package io.mlworkbench.engine.data.ingest;

import java.util.List;

/** Blank or duplicate column names: every column needs a unique name. */
public final class InvalidColumnNamesException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source the file or query
     * @param problems one line per problem, e.g. {@code "columns 3 and 7 are both named 'x'"}
     */
    public InvalidColumnNamesException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems) + ". Rename the columns in the import options");
    }
}
