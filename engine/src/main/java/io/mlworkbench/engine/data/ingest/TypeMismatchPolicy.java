package io.mlworkbench.engine.data.ingest;

/** What to do when a value later in the data does not fit the type chosen from the sample. */
public enum TypeMismatchPolicy {
    /** Stop with an error naming the line, column, expected type and the value found. */
    FAIL,
    /**
     * Widen the column's type so that the value fits: INTEGER to DECIMAL when the value is a number, else to
     * TEXT; DECIMAL and DATETIME to TEXT; BOOLEAN to CATEGORICAL. The import result lists every widening.
     */
    WIDEN
}
