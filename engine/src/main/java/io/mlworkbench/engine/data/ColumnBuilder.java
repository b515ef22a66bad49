package io.mlworkbench.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Grows one column value by value, then builds the immutable {@link Column}. Not thread-safe. */
public final class ColumnBuilder {

    private final ColumnSchema schema;
    private double[] numbers;
    private int[] codes;
    private final Map<String, Integer> codeOf;
    private final List<String> dictionary;
    private int size;

    /**
     * @param schema the column being built
     * @param expectedRows a capacity hint
     */
    public ColumnBuilder(ColumnSchema schema, int expectedRows) {
        this.schema = schema;
        int capacity = Math.max(16, expectedRows);
        if (schema.type().isNumericStorage()) {
            numbers = new double[capacity];
            codeOf = null;
            dictionary = null;
        } else {
            codes = new int[capacity];
            codeOf = new HashMap<>();
            dictionary = new ArrayList<>();
        }
    }

    /**
     * Appends a number (numeric storage only); NaN for missing.
     *
     * @param value the value
     */
    public void addNumber(double value) {
        if (numbers == null) {
            throw new IllegalStateException("Column " + schema.name() + " holds labels, not numbers");
        }
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, grow(size));
        }
        numbers[size++] = value;
    }

    /**
     * Appends a label (label storage only); null for missing.
     *
     * @param value the value
     */
    public void addString(String value) {
        if (codes == null) {
            throw new IllegalStateException("Column " + schema.name() + " holds numbers, not labels");
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, grow(size));
        }
        if (value == null) {
            codes[size++] = -1;
            return;
        }
        Integer code = codeOf.get(value);
        if (code == null) {
            code = dictionary.size();
            codeOf.put(value, code);
            dictionary.add(value);
        }
        codes[size++] = code;
    }

    /** Appends a missing value of either storage. */
    public void addMissing() {
        if (numbers != null) {
            addNumber(Double.NaN);
        } else {
            addString(null);
        }
    }

    /** @return how many values were added */
    public int size() {
        return size;
    }

    /** @return the finished column; the builder must not be used afterwards */
    public Column build() {
        if (numbers != null) {
            return new NumericColumn(schema, numbers, size);
        }
        return new StringColumn(schema, codes, dictionary, size);
    }

    private static int grow(int size) {
        long next = Math.max(16, (long) size + (size >> 1));
        if (next > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("A column cannot hold more than " + (Integer.MAX_VALUE - 8) + " values");
        }
        return (int) next;
    }
}
