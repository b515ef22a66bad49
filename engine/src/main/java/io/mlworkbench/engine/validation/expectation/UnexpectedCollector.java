package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.validation.UnexpectedRows;
import io.mlworkbench.engine.validation.UnexpectedValue;
import java.util.ArrayList;
import java.util.List;

/** Counts the unexpected values of a column and keeps the evidence: a sample with values, and capped row numbers. */
final class UnexpectedCollector {

    private final Column column;
    private final List<UnexpectedValue> sample = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private long count;

    UnexpectedCollector(Column column) {
        this.column = column;
    }

    void add(int row) {
        count++;
        if (sample.size() < UnexpectedRows.SAMPLE_SIZE) {
            sample.add(new UnexpectedValue(row + 1, column.format(row)));
        }
        if (rows.size() < UnexpectedRows.ROW_LIMIT) {
            rows.add(row + 1);
        }
    }

    long count() {
        return count;
    }

    UnexpectedRows evidence() {
        return new UnexpectedRows(sample, rows, count > rows.size());
    }
}
