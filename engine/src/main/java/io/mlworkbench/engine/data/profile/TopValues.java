package io.mlworkbench.engine.data.profile;

import java.util.List;

/**
 * The most frequent values of a column, most frequent first (ties in ascending value order), plus what is left.
 *
 * @param values at most {@link DatasetProfiler#TOP_VALUES} values with their counts
 * @param otherCount how many non-missing rows hold a value not listed
 * @param otherDistinct how many distinct values are not listed
 */
public record TopValues(List<ValueCount> values, long otherCount, long otherDistinct) {

    /** Copies the list. */
    public TopValues {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** @return true when every distinct value of the column is listed */
    public boolean hasAllValues() {
        return otherDistinct == 0;
    }
}
