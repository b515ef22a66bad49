package io.mlworkbench.engine.data.profile;

import java.util.List;
import java.util.Optional;

/**
 * The profile of a whole table: what the Profile screen shows, what the suite suggester reads and what drift
 * monitoring compares against. Immutable; stored as JSON once per dataset version.
 *
 * @param formatVersion the JSON layout version, {@link #FORMAT_VERSION} for profiles written by this build
 * @param rowCount the number of rows
 * @param columnCount the number of columns
 * @param duplicateRowCount rows equal in every column to an earlier row
 * @param constantColumns columns with at most one distinct value, in column order
 * @param likelyIdentifiers columns that look like row keys, in column order: the IDENTIFIER role, or INTEGER,
 *     CATEGORICAL or TEXT columns whose values are all present and all different
 * @param targetBalance class counts of the target column; null when no column has the TARGET role or the
 *     target has more than {@link DatasetProfiler#MAX_TARGET_CLASSES} distinct values (a regression target)
 * @param columns the column profiles, in column order
 */
public record DatasetProfile(int formatVersion, long rowCount, int columnCount, long duplicateRowCount,
                             List<String> constantColumns, List<String> likelyIdentifiers,
                             TargetBalance targetBalance, List<ColumnProfile> columns) {

    /** The JSON layout this build writes. */
    public static final int FORMAT_VERSION = 1;

    /** Copies the lists. */
    public DatasetProfile {
        constantColumns = constantColumns == null ? List.of() : List.copyOf(constantColumns);
        likelyIdentifiers = likelyIdentifiers == null ? List.of() : List.copyOf(likelyIdentifiers);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /**
     * @param name a column name
     * @return that column's profile, if the table has the column
     */
    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * @param name a column name
     * @return true when the profiler judged the column a likely row identifier
     */
    public boolean hasLikelyIdentifier(String name) {
        return likelyIdentifiers.contains(name);
    }
}
