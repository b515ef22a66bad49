package io.mlworkbench.engine.data;

/**
 * The values of one column of a {@link Table}, immutable once built.
 *
 * <p>Numeric storage ({@link NumericColumn}) holds INTEGER, DECIMAL, BOOLEAN and DATETIME values as doubles with
 * NaN for missing; label storage ({@link StringColumn}) holds CATEGORICAL and TEXT values dictionary-encoded with
 * null for missing.
 */
public sealed interface Column permits NumericColumn, StringColumn {

    /** @return the column's schema */
    ColumnSchema schema();

    /** @return the number of values */
    int size();

    /**
     * @param row 0-based row index
     * @return true when the value is missing
     */
    boolean isMissing(int row);

    /**
     * @param row 0-based row index
     * @return the value as text, as it would be written to CSV; null when missing
     */
    String format(int row);

    /** @return how many values are missing */
    default int missingCount() {
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if (isMissing(i)) {
                n++;
            }
        }
        return n;
    }
}
