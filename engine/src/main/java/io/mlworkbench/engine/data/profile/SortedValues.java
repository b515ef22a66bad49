package io.mlworkbench.engine.data.profile;

import io.mlworkbench.engine.data.NumericColumn;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The non-missing values of a numeric column, sorted ascending: the basis of exact quantiles, distinct counts and
 * value frequencies. Holds one copy of the column (8 bytes a value), so a profile of a million-row column needs
 * 8 MB while it runs. Negative zero is stored as zero, so that the two compare equal everywhere.
 */
public final class SortedValues {

    private final double[] values;
    private final int missing;

    private SortedValues(double[] values, int missing) {
        this.values = values;
        this.missing = missing;
    }

    /**
     * @param column a numeric column
     * @return its non-missing values, sorted
     */
    public static SortedValues of(NumericColumn column) {
        double[] copy = new double[column.size()];
        int n = 0;
        for (int i = 0; i < column.size(); i++) {
            double v = column.get(i);
            if (!Double.isNaN(v)) {
                copy[n++] = v == 0.0 ? 0.0 : v;
            }
        }
        double[] present = n == copy.length ? copy : Arrays.copyOf(copy, n);
        Arrays.sort(present);
        return new SortedValues(present, column.size() - n);
    }

    /** @return how many values are present */
    public int size() {
        return values.length;
    }

    /** @return how many values were missing */
    public int missing() {
        return missing;
    }

    /** @return true when no value is present */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /**
     * @param index 0-based position in ascending order
     * @return the value there
     */
    public double get(int index) {
        return values[index];
    }

    /** @return the smallest value; NaN when empty */
    public double min() {
        return isEmpty() ? Double.NaN : values[0];
    }

    /** @return the largest value; NaN when empty */
    public double max() {
        return isEmpty() ? Double.NaN : values[values.length - 1];
    }

    /**
     * The q-quantile with numpy's default {@code method="linear"}: virtual index h = (n - 1) q, then linear
     * interpolation between the neighbours, computed the way numpy does ({@code _lerp}) so results agree to the bit
     * in ordinary cases.
     *
     * @param q the level, in [0, 1]
     * @return the quantile; NaN when empty
     */
    public double quantile(double q) {
        if (q < 0 || q > 1 || Double.isNaN(q)) {
            throw new IllegalArgumentException("quantile level " + q + " is outside [0, 1]");
        }
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        double virtualIndex = (n - 1) * q;
        double previous = Math.floor(virtualIndex);
        int lo = (int) Math.max(0, Math.min(previous, n - 1));
        int hi = Math.min(lo + 1, n - 1);
        double gamma = virtualIndex - previous;
        double a = values[lo];
        double b = values[hi];
        double diff = b - a;
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }

    /** @return the arithmetic mean with Neumaier-compensated summation; NaN when empty */
    public double mean() {
        if (isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        double compensation = 0;
        for (double v : values) {
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return (sum + compensation) / values.length;
    }

    /** @return the sample standard deviation (n - 1 denominator, two-pass); empty with fewer than two values */
    public OptionalDouble sampleStandardDeviation() {
        if (values.length < 2) {
            return OptionalDouble.empty();
        }
        double mean = mean();
        double sum = 0;
        for (double v : values) {
            double d = v - mean;
            sum += d * d;
        }
        return OptionalDouble.of(Math.sqrt(sum / (values.length - 1)));
    }

    /** @return how many distinct values there are */
    public int distinctCount() {
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /**
     * @param value a value
     * @return how many present values are smaller
     */
    public int countBelow(double value) {
        return boundary(value, false);
    }

    /**
     * @param value a value
     * @return how many present values are smaller or equal
     */
    public int countAtMost(double value) {
        return boundary(value, true);
    }

    /** Binary search for the first position whose value is above (inclusive) or at least (not inclusive) value. */
    private int boundary(double value, boolean inclusive) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < value || inclusive && values[mid] == value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @param value a value
     * @return how many present values equal it
     */
    public int occurrences(double value) {
        double v = value == 0.0 ? 0.0 : value;
        return countAtMost(v) - countBelow(v);
    }

    /**
     * Calls the visitor once per distinct value, in ascending order.
     *
     * @param visitor receives each distinct value and how often it occurs
     */
    public void forEachDistinct(DistinctVisitor visitor) {
        int i = 0;
        while (i < values.length) {
            int j = i + 1;
            while (j < values.length && values[j] == values[i]) {
                j++;
            }
            visitor.visit(values[i], j - i);
            i = j;
        }
    }

    /** Receives the distinct values of a {@link SortedValues}. */
    @FunctionalInterface
    public interface DistinctVisitor {
        /**
         * @param value a distinct value
         * @param count how many times it occurs
         */
        void visit(double value, int count);
    }
}
