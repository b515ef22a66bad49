package io.mlworkbench.app.features;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.profile.Histogram;
import io.mlworkbench.engine.data.profile.HistogramBinning;
import io.mlworkbench.engine.data.profile.SortedValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a column's values are spread over some rows, ready to draw as bars: equal-width bins for numbers with many
 * distinct values (the profiler's binning), one bar per value otherwise, the most frequent {@link #MAX_BARS}
 * labels and one "other" bar for categories.
 *
 * @param column the column's name
 * @param binned true when the bars are numeric bins (labelled by their lower edge)
 * @param labels one label per bar
 * @param counts one count per bar
 * @param missing how many of the rows have no value
 */
public record ColumnDistribution(String column, boolean binned, List<String> labels, List<Long> counts,
                                 long missing) {

    /** The most bars drawn for one column; the rest of the categories are one "other" bar. */
    static final int MAX_BARS = 20;
    /** Numbers with at most this many distinct values get one bar per value. */
    static final int MAX_DISTINCT_BARS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Copies the lists. */
    public ColumnDistribution {
        labels = List.copyOf(labels);
        counts = List.copyOf(counts);
    }

    /**
     * @param column a column
     * @param rows the rows to count, or null for all
     * @param otherLabel the label of the bar of the remaining categories
     * @return its distribution over those rows
     */
    static ColumnDistribution of(Column column, int[] rows, String otherLabel) {
        int n = rows == null ? column.size() : rows.length;
        if (column instanceof StringColumn strings) {
            return ofLabels(strings, rows, n, otherLabel);
        }
        NumericColumn numbers = (NumericColumn) column;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = numbers.get(rows == null ? i : rows[i]);
        }
        SortedValues sorted = SortedValues.of(new NumericColumn(numbers.schema(), values, n));
        ColumnType type = numbers.schema().type();
        if (sorted.distinctCount() <= MAX_DISTINCT_BARS) {
            Map<Double, Long> counts = new TreeMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                counts.merge(sorted.get(i), 1L, Long::sum);
            }
            return new ColumnDistribution(column.schema().name(), false,
                    counts.keySet().stream().map(v -> label(type, v)).toList(), List.copyOf(counts.values()),
                    sorted.missing());
        }
        Histogram histogram = HistogramBinning.numeric(sorted);
        if (histogram == null) {
            return new ColumnDistribution(column.schema().name(), true, List.of(), List.of(), sorted.missing());
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < histogram.counts().size(); i++) {
            labels.add(label(type, histogram.edges().get(i)));
        }
        return new ColumnDistribution(column.schema().name(), true, labels, histogram.counts(), sorted.missing());
    }

    private static ColumnDistribution ofLabels(StringColumn column, int[] rows, int n, String otherLabel) {
        long[] byCode = new long[column.dictionary().size()];
        long missing = 0;
        for (int i = 0; i < n; i++) {
            int row = rows == null ? i : rows[i];
            if (column.isMissing(row)) {
                missing++;
            } else {
                byCode[column.code(row)]++;
            }
        }
        List<Integer> codes = new ArrayList<>();
        for (int code = 0; code < byCode.length; code++) {
            if (byCode[code] > 0) {
                codes.add(code);
            }
        }
        codes.sort(Comparator.comparingLong((Integer code) -> -byCode[code])
                .thenComparing(code -> column.dictionary().get(code)));
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < codes.size(); i++) {
            if (i < MAX_BARS) {
                labels.add(column.dictionary().get(codes.get(i)));
                counts.add(byCode[codes.get(i)]);
            } else {
                other += byCode[codes.get(i)];
            }
        }
        if (other > 0) {
            labels.add(otherLabel);
            counts.add(other);
        }
        return new ColumnDistribution(column.schema().name(), false, labels, counts, missing);
    }

    private static String label(ColumnType type, double value) {
        if (type == ColumnType.DATETIME) {
            return DAY.format(Instant.ofEpochMilli((long) value));
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** @return true when there is nothing to draw */
    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
