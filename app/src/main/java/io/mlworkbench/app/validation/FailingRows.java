package io.mlworkbench.app.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a dataset version that broke one rule, for the "failing rows" table.
 *
 * @param caption what the table shows, e.g. "Rows 3, 9 and 41 more that break rule 4 (age)"
 * @param columns the header: the row number first, then the dataset's columns
 * @param highlightedColumn the rule's column, to emphasise; empty for a table rule
 * @param rows per failing row, its 1-based row number then its values as text (null for missing)
 * @param truncated true when more rows failed than are listed
 */
public record FailingRows(String caption, List<String> columns, String highlightedColumn, List<List<String>> rows,
                          boolean truncated) {

    /** Copies the lists. */
    public FailingRows {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }
}
