package io.mlworkbench.engine.data;

import java.util.List;

/**
 * A column of labels or text, dictionary-encoded: each row holds a code into {@link #dictionary()}, -1 for
 * missing. Repeated labels cost four bytes a row.
 */
public final class StringColumn implements Column {

    private final ColumnSchema schema;
    private final int[] codes;
    private final List<String> dictionary;
    private final int size;

    /**
     * @param schema the column's schema; CATEGORICAL or TEXT
     * @param codes per row, the index into the dictionary, or -1 when missing. Not copied: must not change
     * @param dictionary the distinct values in first-seen order
     * @param size how many of the codes are used
     */
    public StringColumn(ColumnSchema schema, int[] codes, List<String> dictionary, int size) {
        if (schema.type().isNumericStorage()) {
            throw new IllegalArgumentException("Column " + schema.name() + " of type " + schema.type()
                    + " must be held as numbers");
        }
        if (size > codes.length) {
            throw new IllegalArgumentException("size " + size + " exceeds " + codes.length + " codes");
        }
        this.schema = schema;
        this.codes = codes;
        this.dictionary = List.copyOf(dictionary);
        this.size = size;
    }

    @Override
    public ColumnSchema schema() {
        return schema;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * @param row 0-based row index
     * @return the value, null when missing
     */
    public String get(int row) {
        int code = code(row);
        return code < 0 ? null : dictionary.get(code);
    }

    /**
     * @param row 0-based row index
     * @return the dictionary code, -1 when missing
     */
    public int code(int row) {
        if (row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return codes[row];
    }

    /** @return the distinct values, in first-seen order; codes index into it */
    public List<String> dictionary() {
        return dictionary;
    }

    @Override
    public boolean isMissing(int row) {
        return code(row) < 0;
    }

    @Override
    public String format(int row) {
        return get(row);
    }
}
