package io.mlworkbench.engine.data.profile;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;

/**
 * Computes the {@link DatasetProfile} of a {@link Table}.
 *
 * <p>Cost: one pass per column plus a sort of each numeric column's values (exact quantiles by sorting a copy is
 * affordable at a million rows: the copy is 8 MB and the sort well under a second), and one hash per row for the
 * duplicate count. Columns are profiled one after another, so at most one column copy is alive at a time.
 */
public final class DatasetProfiler {

    /** How many most frequent values a column profile lists. */
    public static final int TOP_VALUES = 20;
    /** How many categories a categorical histogram keeps before counting the rest as "other". */
    public static final int MAX_CATEGORIES = 50;
    /** How many classes the target balance lists; a target with more is treated as a regression target. */
    public static final int MAX_TARGET_CLASSES = 100;

    /**
     * @param table the table
     * @return its profile
     */
    public DatasetProfile profile(Table table) {
        return profile(table, ProgressListener.ignoring(), CancellationToken.never());
    }

    /**
     * @param table the table
     * @param progress receives the fraction done, from 0 to 1, after each column
     * @param cancelRequested polled between columns
     * @return the table's profile
     * @throws OperationCancelledException when cancellation was requested
     */
    public DatasetProfile profile(Table table, ProgressListener progress, CancellationToken cancelRequested) {
        int steps = table.columns().size() + 1;
        List<ColumnProfile> columns = new ArrayList<>(table.columns().size());
        for (Column column : table.columns()) {
            checkCancel(cancelRequested);
            columns.add(profileColumn(column));
            progress.progress(columns.size(), steps, "Profiled column " + column.schema().name());
        }
        checkCancel(cancelRequested);
        long duplicates = RowDuplicates.count(table);
        List<String> constant = columns.stream().filter(ColumnProfile::hasSingleValue).map(ColumnProfile::name).toList();
        List<String> identifiers = columns.stream().filter(c -> isLikelyIdentifier(c, table.rowCount()))
                .map(ColumnProfile::name).toList();
        TargetBalance target = table.schema().target().map(t -> targetBalance(table.column(t.name()))).orElse(null);
        progress.progress(steps, steps, "Profile complete");
        return new DatasetProfile(DatasetProfile.FORMAT_VERSION, table.rowCount(), table.columns().size(), duplicates,
                constant, identifiers, target, columns);
    }

    private static void checkCancel(CancellationToken cancelRequested) {
        cancelRequested.throwIfCancelled("profiling");
    }

    /**
     * The IDENTIFIER role, or all values present and different and shaped like keys: whole numbers spread no wider
     * than ten times the row count (so measurements that happen to be unique are not taken for ids), or labels
     * without spaces in the sampled top values (so free text is not taken for ids).
     */
    private static boolean isLikelyIdentifier(ColumnProfile column, int rows) {
        if (column.role() == ColumnRole.IDENTIFIER) {
            return true;
        }
        if (rows < 2 || column.missing() > 0 || column.distinct() != rows) {
            return false;
        }
        return switch (column.type()) {
            case INTEGER -> column.numeric().max() - column.numeric().min() < 10.0 * rows;
            case CATEGORICAL, TEXT -> column.topValues().values().stream()
                    .noneMatch(v -> v.value().chars().anyMatch(Character::isWhitespace));
            default -> false;
        };
    }

    private static ColumnProfile profileColumn(Column column) {
        ColumnSchema schema = column.schema();
        if (column instanceof NumericColumn numbers) {
            return profileNumbers(numbers);
        }
        LabelCounts labels = LabelCounts.of((StringColumn) column);
        RankedCounts<String> categories = labels.ranked(MAX_CATEGORIES);
        Histogram histogram = labels.present() == 0 ? null
                : HistogramBinning.categorical(valueCounts(categories.keys(), categories.counts()),
                categories.otherCount());
        return new ColumnProfile(schema.name(), schema.type(), schema.role(), labels.present(), labels.missing(),
                labels.distinctCount(), null, null, topValues(categories, categories.keys()), histogram);
    }

    private static ColumnProfile profileNumbers(NumericColumn column) {
        ColumnSchema schema = column.schema();
        SortedValues sorted = SortedValues.of(column);
        RankedCounts<Double> top = new RankedCounts<>(TOP_VALUES, Comparator.naturalOrder());
        sorted.forEachDistinct(top::offer);
        List<String> topText = top.keys().stream().map(v -> formatValue(schema, v)).toList();
        NumericSummary numeric = null;
        DateTimeRange range = null;
        Histogram histogram = null;
        if (!sorted.isEmpty()) {
            if (schema.type().isQuantitative()) {
                numeric = summarize(sorted);
            }
            if (schema.type() == ColumnType.DATETIME) {
                range = new DateTimeRange(Instant.ofEpochMilli((long) sorted.min()),
                        Instant.ofEpochMilli((long) sorted.max()));
            }
            histogram = schema.type() == ColumnType.BOOLEAN
                    ? HistogramBinning.categorical(valueCounts(topText, top.counts()), top.otherCount())
                    : HistogramBinning.numeric(sorted);
        }
        return new ColumnProfile(schema.name(), schema.type(), schema.role(), sorted.size(), sorted.missing(),
                sorted.distinctCount(), numeric, range, topValues(top, topText), histogram);
    }

    private static NumericSummary summarize(SortedValues sorted) {
        Quantiles quantiles = new Quantiles(sorted.quantile(0.01), sorted.quantile(0.05), sorted.quantile(0.25),
                sorted.quantile(0.5), sorted.quantile(0.75), sorted.quantile(0.95), sorted.quantile(0.99));
        var std = sorted.sampleStandardDeviation();
        return new NumericSummary(sorted.min(), sorted.max(), sorted.mean(),
                std.isPresent() ? std.getAsDouble() : null, quantiles);
    }

    private static TopValues topValues(RankedCounts<?> ranked, List<String> text) {
        List<ValueCount> values = valueCounts(text, ranked.counts());
        if (values.size() > TOP_VALUES) {
            long beyond = values.subList(TOP_VALUES, values.size()).stream().mapToLong(ValueCount::count).sum();
            return new TopValues(values.subList(0, TOP_VALUES), ranked.otherCount() + beyond,
                    ranked.otherDistinct() + values.size() - TOP_VALUES);
        }
        return new TopValues(values, ranked.otherCount(), ranked.otherDistinct());
    }

    private static List<ValueCount> valueCounts(List<String> values, List<Long> counts) {
        List<ValueCount> list = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            list.add(new ValueCount(values.get(i), counts.get(i)));
        }
        return list;
    }

    private static TargetBalance targetBalance(Column target) {
        String name = target.schema().name();
        if (target instanceof StringColumn labels) {
            LabelCounts counts = LabelCounts.of(labels);
            if (counts.distinctCount() > MAX_TARGET_CLASSES) {
                return null;
            }
            RankedCounts<String> ranked = counts.ranked(MAX_TARGET_CLASSES);
            return new TargetBalance(name, valueCounts(ranked.keys(), ranked.counts()), 0, counts.missing());
        }
        SortedValues sorted = SortedValues.of((NumericColumn) target);
        if (sorted.distinctCount() > MAX_TARGET_CLASSES) {
            return null;
        }
        RankedCounts<Double> ranked = new RankedCounts<>(MAX_TARGET_CLASSES, Comparator.naturalOrder());
        sorted.forEachDistinct(ranked::offer);
        List<String> text = ranked.keys().stream().map(v -> formatValue(target.schema(), v)).toList();
        return new TargetBalance(name, valueCounts(text, ranked.counts()), 0, sorted.missing());
    }

    /** Formats a number exactly as the column would write it, by asking a one-value column of the same schema. */
    private static String formatValue(ColumnSchema schema, double value) {
        return new NumericColumn(schema, new double[] {value}, 1).format(0);
    }
}
