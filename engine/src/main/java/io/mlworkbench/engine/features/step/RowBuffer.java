package io.mlworkbench.engine.features.step;

import java.util.Arrays;

/**
 * The values of one row in a fixed layout (a {@link io.mlworkbench.engine.data.DatasetSchema}): slot {@code i}
 * holds column {@code i}'s value as a number (NaN when missing) for numeric storage or as a label (null when
 * missing) for label storage. Mutable and reused row after row; not thread-safe.
 */
public final class RowBuffer {

    private final double[] numbers;
    private final String[] labels;

    /** @param width the number of columns in the layout */
    public RowBuffer(int width) {
        numbers = new double[width];
        labels = new String[width];
    }

    /** @return the number of slots */
    public int width() {
        return numbers.length;
    }

    /**
     * @param slot a numeric column's index
     * @return its value, NaN when missing
     */
    public double number(int slot) {
        return numbers[slot];
    }

    /**
     * @param slot a numeric column's index
     * @param value the value, NaN for missing
     */
    public void setNumber(int slot, double value) {
        numbers[slot] = value;
    }

    /**
     * @param slot a label column's index
     * @return its value, null when missing
     */
    public String label(int slot) {
        return labels[slot];
    }

    /**
     * @param slot a label column's index
     * @param value the value, null for missing
     */
    public void setLabel(int slot, String value) {
        labels[slot] = value;
    }

    /**
     * Copies one slot (both storages) to a slot of another buffer.
     *
     * @param from this buffer's slot
     * @param target the other buffer
     * @param to the other buffer's slot
     */
    public void copyTo(int from, RowBuffer target, int to) {
        target.numbers[to] = numbers[from];
        target.labels[to] = labels[from];
    }

    /**
     * The value of a slot as a label: the label itself for label storage, the canonical text of the number for
     * numeric storage (what encoders use as the category of a numeric column).
     *
     * @param slot the slot
     * @param numeric true when the slot's column holds numbers
     * @return the label, null when missing
     */
    public String labelOf(int slot, boolean numeric) {
        if (!numeric) {
            return labels[slot];
        }
        double v = numbers[slot];
        return Double.isNaN(v) ? null : canonicalLabel(v);
    }

    /**
     * @param value a non-missing number
     * @return its canonical text: whole numbers without a fraction ({@code 3}), others as {@link Double#toString}
     */
    public static String canonicalLabel(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Marks every slot missing. */
    public void clear() {
        Arrays.fill(numbers, Double.NaN);
        Arrays.fill(labels, null);
    }
}
