package io.mlworkbench.engine.training.encoding;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.training.algorithm.TaskType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Fits a {@link FeatureEncoding} on the training rows of a table: medians (and, when asked, means and standard
 * deviations) of numeric inputs, and the categories of categorical inputs, most frequent first.
 */
public final class FeatureEncoder {

    /** Categories kept per column by default; rarer ones share {@link FeatureEncoding#OTHER}. */
    public static final int DEFAULT_MAX_CATEGORIES = 100;

    private final int maxCategories;

    /** @param maxCategories categories kept per categorical column, at least 1 */
    public FeatureEncoder(int maxCategories) {
        this.maxCategories = Math.max(1, maxCategories);
    }

    /** Creates an encoder keeping {@link #DEFAULT_MAX_CATEGORIES} categories per column. */
    public FeatureEncoder() {
        this(DEFAULT_MAX_CATEGORIES);
    }

    /**
     * Infers the task from the target's type: labels and booleans are classification, numbers regression.
     *
     * @param table the table
     * @param target the target column
     * @return the task
     */
    public static TaskType inferTask(Table table, String target) {
        ColumnType type = targetColumn(table, target).schema().type();
        return type.isQuantitative() || type == ColumnType.DATETIME ? TaskType.REGRESSION : TaskType.CLASSIFICATION;
    }

    /**
     * @param table the table
     * @param target the target column
     * @return the rows whose target is present, in order
     */
    public static int[] rowsWithTarget(Table table, String target) {
        Column column = targetColumn(table, target);
        return java.util.stream.IntStream.range(0, table.rowCount()).filter(r -> !column.isMissing(r)).toArray();
    }

    /**
     * Fits the encoding.
     *
     * @param table the table; its FEATURE-role columns other than the target are the inputs
     * @param target the target column's name
     * @param task classification or regression
     * @param rows the training rows
     * @param standardise whether numeric inputs are centred and scaled (linear models, k-NN)
     * @return the fitted encoding
     * @throws EncodingException when the target is missing or unsuitable, or there are no inputs
     */
    public FeatureEncoding fit(Table table, String target, TaskType task, int[] rows, boolean standardise) {
        Column targetColumn = targetColumn(table, target);
        if (rows.length == 0) {
            throw new EncodingException("No training rows with a value in target column '" + target + "'");
        }
        List<String> labels = List.of();
        if (task == TaskType.CLASSIFICATION) {
            TreeSet<String> seen = new TreeSet<>();
            for (int r : rows) {
                seen.add(targetColumn.format(r));
            }
            if (seen.size() < 2) {
                throw new EncodingException("Target column '" + target + "' has only " + seen.size()
                        + " distinct value(s) " + seen + " in the training rows; classification needs at least 2");
            }
            labels = List.copyOf(seen);
        } else if (!(targetColumn instanceof NumericColumn)) {
            throw new EncodingException("Target column '" + target + "' holds " + targetColumn.schema().type()
                    + " values; regression needs a numeric target");
        }
        List<EncodedColumn> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            ColumnSchema schema = column.schema();
            if (schema.role() != ColumnRole.FEATURE || schema.name().equals(target)) {
                continue;
            }
            columns.add(column instanceof NumericColumn n ? numeric(n, rows, standardise)
                    : categorical((StringColumn) column, rows));
        }
        if (columns.isEmpty()) {
            throw new EncodingException("Table has no input columns: no column other than target '" + target
                    + "' has the FEATURE role (columns: " + table.schema().names() + ")");
        }
        return new FeatureEncoding(target, task, labels, columns);
    }

    private static Column targetColumn(Table table, String target) {
        if (target == null || table.schema().indexOf(target) < 0) {
            throw new EncodingException("Target column '" + target + "' is not in the table; the columns are "
                    + table.schema().names());
        }
        return table.column(target);
    }

    private static EncodedColumn numeric(NumericColumn column, int[] rows, boolean standardise) {
        double[] present = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            double v = column.get(r);
            if (!Double.isNaN(v)) {
                present[n++] = v;
            }
        }
        double fill = 0;
        if (n > 0) {
            double[] sorted = Arrays.copyOf(present, n);
            Arrays.sort(sorted);
            fill = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
        double center = 0;
        double scale = 1;
        if (standardise) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += present[i];
            }
            sum += fill * (rows.length - n);
            center = sum / rows.length;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (present[i] - center) * (present[i] - center);
            }
            ss += (fill - center) * (fill - center) * (rows.length - n);
            double sd = Math.sqrt(ss / rows.length);
            scale = sd > 0 ? sd : 1;
        }
        return new EncodedColumn(column.schema().name(), EncodedColumn.Kind.NUMERIC, fill, center, scale, List.of());
    }

    private EncodedColumn categorical(StringColumn column, int[] rows) {
        int[] counts = new int[column.dictionary().size()];
        int missing = 0;
        for (int r : rows) {
            int code = column.code(r);
            if (code < 0) {
                missing++;
            } else {
                counts[code]++;
            }
        }
        List<Integer> codes = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                codes.add(c);
            }
        }
        codes.sort(Comparator.comparingInt((Integer c) -> -counts[c]).thenComparing(c -> c));
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < Math.min(maxCategories, codes.size()); i++) {
            categories.add(column.dictionary().get(codes.get(i)));
        }
        if (codes.size() > maxCategories) {
            categories.add(FeatureEncoding.OTHER);
        }
        if (missing > 0) {
            categories.add(FeatureEncoding.MISSING);
        }
        return new EncodedColumn(column.schema().name(), EncodedColumn.Kind.CATEGORICAL, 0, 0, 1, categories);
    }
}
