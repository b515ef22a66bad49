package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.data.ColumnType;

/** A value does not fit the type its column was given, e.g. text in an INTEGER column after the sample. */
public final class TypeMismatchException extends ImportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where, e.g. {@code adult.test:1234}
     * @param column the column's name
     * @param type its type
     * @param expected what a value of that type looks like, e.g. {@code "an integer"}
     * @param value the value found
     */
    public TypeMismatchException(String location, String column, ColumnType type, String expected, String value) {
        super(location + ": column '" + column + "' is " + type + " but the value is '" + abbreviate(value)
                + "' (expected " + expected + "). Change the column's type, add the value to the missing markers,"
                + " or choose to widen types on mismatch");
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
