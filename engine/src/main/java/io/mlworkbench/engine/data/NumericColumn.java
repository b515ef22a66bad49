package io.mlworkbench.engine.data;

import java.time.Instant;
import java.util.Arrays;

/** A column of numbers (INTEGER, DECIMAL, BOOLEAN as 0/1, DATETIME as epoch milliseconds); NaN is missing. */
public final class NumericColumn implements Column {

    private final ColumnSchema schema;
    private final double[] values;
    private final int size;

    /**
     * @param schema the column's schema; its type must use numeric storage
     * @param values the values; NaN marks a missing one. The array is not copied: it must not change afterwards
     * @param size how many of the values are used
     */
    public NumericColumn(ColumnSchema schema, double[] values, int size) {
        if (!schema.type().isNumericStorage()) {
            throw new IllegalArgumentException("Column " + schema.name() + " of type " + schema.type()
                    + " cannot be held as numbers");
        }
        if (size > values.length) {
            throw new IllegalArgumentException("size " + size + " exceeds " + values.length + " values");
        }
        this.schema = schema;
        this.values = values;
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
     * @return the value, NaN when missing
     */
    public double get(int row) {
        if (row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return values[row];
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(get(row));
    }

    /** @return a copy of the values, NaN for missing */
    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }

    @Override
    public String format(int row) {
        double v = get(row);
        if (Double.isNaN(v)) {
            return null;
        }
        return switch (schema.type()) {
            case BOOLEAN -> v != 0 ? "true" : "false";
            case DATETIME -> Instant.ofEpochMilli((long) v).toString();
            case INTEGER -> v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
            default -> formatDecimal(v);
        };
    }

    private static String formatDecimal(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
