package io.mlworkbench.engine.validation;

import java.util.List;

/**
 * The row-level evidence of a column value rule.
 *
 * @param sample the first {@link #SAMPLE_SIZE} unexpected values with their rows (GX's partial_unexpected_list)
 * @param rows the 1-based rows of all unexpected values in ascending order, at most {@link #ROW_LIMIT}
 * @param rowsTruncated true when there were more unexpected rows than listed
 */
public record UnexpectedRows(List<UnexpectedValue> sample, List<Integer> rows, boolean rowsTruncated) {

    /** How many unexpected values the sample keeps, as GX's default partial_unexpected_count. */
    public static final int SAMPLE_SIZE = 20;
    /** How many unexpected row numbers are kept for jumping to failing rows. */
    public static final int ROW_LIMIT = 10_000;

    /** Copies the lists. */
    public UnexpectedRows {
        sample = sample == null ? List.of() : List.copyOf(sample);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
