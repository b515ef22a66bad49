package io.mlworkbench.engine.data.columnar;

import java.nio.charset.Charset;

/**
 * One row group being filled: per column either an array of numbers (NaN = missing) or label codes into a
 * {@link ByteDictionary} (-1 = missing). Filled in place by the importer, then written and cleared.
 */
public final class ColumnBatch {

    private final boolean[] numeric;
    private final double[][] numbers;
    private final int[][] codes;
    private final ByteDictionary[] dictionaries;
    private final int capacity;
    private int rows;

    /**
     * @param numeric per column, true when it holds numbers
     * @param capacity the most rows it holds
     * @param sourceCharset how label bytes are encoded
     */
    public ColumnBatch(boolean[] numeric, int capacity, Charset sourceCharset) {
        this.numeric = numeric.clone();
        this.capacity = capacity;
        numbers = new double[numeric.length][];
        codes = new int[numeric.length][];
        dictionaries = new ByteDictionary[numeric.length];
        for (int c = 0; c < numeric.length; c++) {
            if (numeric[c]) {
                numbers[c] = new double[capacity];
            } else {
                codes[c] = new int[capacity];
                dictionaries[c] = new ByteDictionary(sourceCharset);
            }
        }
    }

    /** @return the number of columns */
    public int columnCount() {
        return numeric.length;
    }

    /**
     * @param column 0-based column index
     * @return true when the column holds numbers
     */
    public boolean isNumeric(int column) {
        return numeric[column];
    }

    /**
     * @param column a numeric column
     * @return its values, to fill at index {@link #rows()}
     */
    public double[] numbers(int column) {
        return numbers[column];
    }

    /**
     * @param column a label column
     * @return its codes, to fill at index {@link #rows()}
     */
    public int[] codes(int column) {
        return codes[column];
    }

    /**
     * @param column a label column
     * @return its dictionary
     */
    public ByteDictionary dictionary(int column) {
        return dictionaries[column];
    }

    /** @return the rows filled so far */
    public int rows() {
        return rows;
    }

    /** @return true when no further row fits */
    public boolean isFull() {
        return rows == capacity;
    }

    /** Marks the row at index {@link #rows()} as complete. */
    public void endRow() {
        rows++;
    }

    /** Empties the batch for the next row group. */
    public void clear() {
        rows = 0;
        for (ByteDictionary d : dictionaries) {
            if (d != null) {
                d.clear();
            }
        }
    }
}
