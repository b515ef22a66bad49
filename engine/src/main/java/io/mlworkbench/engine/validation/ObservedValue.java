package io.mlworkbench.engine.validation;

import java.util.List;

/**
 * What an aggregate rule measured (GX's observed_value), with the mismatches of set rules.
 *
 * @param number the measured number (row count, mean, min, max, share of unique values), or null
 * @param values the measured values (column names, distinct values, the column type), at most {@link #LIMIT}
 * @param unexpectedValues values seen but not expected (extra columns, distinct values outside the set)
 * @param missingValues values expected but not seen (missing columns)
 */
public record ObservedValue(Double number, List<String> values, List<String> unexpectedValues,
                            List<String> missingValues) {

    /** How many values an observed value lists at most. */
    public static final int LIMIT = 100;

    /** Copies the lists and keeps at most {@link #LIMIT} of each. */
    public ObservedValue {
        values = cap(values);
        unexpectedValues = cap(unexpectedValues);
        missingValues = cap(missingValues);
    }

    /**
     * @param number the measured number
     * @return an observed number
     */
    public static ObservedValue ofNumber(double number) {
        return new ObservedValue(number, List.of(), List.of(), List.of());
    }

    /**
     * @param values the measured values
     * @return observed values
     */
    public static ObservedValue ofValues(List<String> values) {
        return new ObservedValue(null, values, List.of(), List.of());
    }

    /** @return the number, or the values joined, for display */
    public String display() {
        if (number != null) {
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString(number.longValue())
                    : Double.toString(number);
        }
        return String.join(", ", values);
    }

    private static List<String> cap(List<String> list) {
        if (list == null) {
            return List.of();
        }
        return List.copyOf(list.size() > LIMIT ? list.subList(0, LIMIT) : list);
    }
}
