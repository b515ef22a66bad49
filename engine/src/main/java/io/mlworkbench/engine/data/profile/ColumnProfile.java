package io.mlworkbench.engine.data.profile;

import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnType;

/**
 * The profile of one column.
 *
 * @param name the column name
 * @param type the column type
 * @param role the column role
 * @param count how many values are present (not missing), as pandas {@code count()}
 * @param missing how many values are missing
 * @param distinct how many distinct present values there are
 * @param numeric location and spread, for INTEGER and DECIMAL columns with at least one value; else null
 * @param dateTimeRange the earliest and latest instant, for DATETIME columns with at least one value; else null
 * @param topValues the most frequent values
 * @param histogram numeric bins (INTEGER, DECIMAL, DATETIME) or category counts (BOOLEAN, CATEGORICAL, TEXT);
 *     null when the column has no values
 */
public record ColumnProfile(String name, ColumnType type, ColumnRole role, long count, long missing, long distinct,
                            NumericSummary numeric, DateTimeRange dateTimeRange, TopValues topValues,
                            Histogram histogram) {

    /** @return count plus missing: the number of rows */
    public long rows() {
        return count + missing;
    }

    /** @return the share of rows that are missing, 0 for an empty column */
    public double missingShare() {
        long rows = rows();
        return rows == 0 ? 0 : (double) missing / rows;
    }

    /** @return true when the column holds at most one distinct value (an all-missing column included) */
    public boolean hasSingleValue() {
        return distinct <= 1;
    }
}
