package io.mlworkbench.engine.features.step;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The training rows a step learns from, in the step's input layout (the output of the steps before it), plus the
 * target values of the same rows. Only training rows are here: validation and test rows never reach a fit.
 */
public final class FitContext {

    private final Table table;
    private final Column target;
    private final long seed;

    /**
     * @param table the training rows in this step's input layout, without the target column
     * @param target the target column for the same rows, or null when the pipeline has none
     * @param seed the pipeline's random seed (for fold assignment)
     */
    public FitContext(Table table, Column target, long seed) {
        this.table = table;
        this.target = target;
        this.seed = seed;
    }

    /** @return the training rows */
    public Table table() {
        return table;
    }

    /** @return the number of training rows */
    public int rowCount() {
        return table.rowCount();
    }

    /** @return the target values of the training rows, if the pipeline has a target */
    public Optional<Column> target() {
        return Optional.ofNullable(target);
    }

    /** @return the pipeline's random seed */
    public long seed() {
        return seed;
    }

    /**
     * @param column a numeric column of the input
     * @return its non-missing training values, sorted ascending
     */
    public double[] sortedObservedNumbers(String column) {
        ColumnPlan.requireColumn(table.schema(), column, true);
        double[] all = ((NumericColumn) table.column(column)).toArray();
        double[] observed = Arrays.stream(all).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(observed);
        return observed;
    }

    /**
     * The label of each training row of a column: the label itself for label storage, the canonical text of the
     * number ({@link RowBuffer#canonicalLabel}) for numeric storage; null when missing.
     *
     * @param column a column of the input
     * @return one label per training row
     */
    public String[] labels(String column) {
        Column c = table.column(column);
        String[] out = new String[c.size()];
        for (int r = 0; r < out.length; r++) {
            if (c instanceof StringColumn s) {
                out[r] = s.get(r);
            } else {
                double v = ((NumericColumn) c).get(r);
                out[r] = Double.isNaN(v) ? null : RowBuffer.canonicalLabel(v);
            }
        }
        return out;
    }

    /**
     * @param column a column of the input
     * @return how often each non-missing label occurs, in first-seen order
     */
    public Map<String, Integer> labelCounts(String column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : labels(column)) {
            if (label != null) {
                counts.merge(label, 1, Integer::sum);
            }
        }
        return counts;
    }
}
