package io.mlworkbench.engine.data;

/** The type of a column's values, as inferred at import and changeable by the user. */
public enum ColumnType {
    /** Whole numbers. Stored as doubles (exact up to 2^53). */
    INTEGER,
    /** Decimal numbers. */
    DECIMAL,
    /** true/false, yes/no, 1/0. Stored as 1.0 / 0.0. */
    BOOLEAN,
    /** A small set of labels. */
    CATEGORICAL,
    /** Instants; stored as epoch milliseconds (UTC). */
    DATETIME,
    /** Free text. */
    TEXT;

    /** @return true when the values are held as numbers in a {@link NumericColumn} */
    public boolean isNumericStorage() {
        return this == INTEGER || this == DECIMAL || this == BOOLEAN || this == DATETIME;
    }

    /** @return true for INTEGER and DECIMAL: values with magnitude, suitable for mean, std and histograms */
    public boolean isQuantitative() {
        return this == INTEGER || this == DECIMAL;
    }
}
