package io.mlworkbench.engine.training.run;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference profile of a model's inputs (and target), stored with every run as
 * {@code reference-profile.json}.
 *
 * @param rows rows profiled (the training rows)
 * @param columns one profile per profiled column
 */
public record ReferenceProfile(long rows, List<ColumnProfile> columns) {

    /** Categories kept per categorical column; the rest are counted as {@code __other__}. */
    public static final int TOP_CATEGORIES = 50;

    /** Copies the list. */
    public ReferenceProfile {
        columns = List.copyOf(columns);
    }

    /**
     * Profiles columns on some rows.
     *
     * @param table the table
     * @param columnNames the columns (model inputs, then the target)
     * @param rows the rows (the training rows)
     * @return the profile
     */
    public static ReferenceProfile of(Table table, List<String> columnNames, int[] rows) {
        List<ColumnProfile> profiles = new ArrayList<>();
        for (String name : columnNames) {
            Column c = table.column(name);
            profiles.add(c instanceof NumericColumn n ? numeric(n, rows) : categorical(c, rows));
        }
        return new ReferenceProfile(rows.length, profiles);
    }

    private static ColumnProfile numeric(NumericColumn c, int[] rows) {
        double[] v = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            double x = c.get(r);
            if (!Double.isNaN(x)) {
                v[n++] = x;
            }
        }
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        long distinct = n == 0 ? 0 : 1;
        for (int i = 1; i < n; i++) {
            distinct += s[i] != s[i - 1] ? 1 : 0;
        }
        double mean = Arrays.stream(s).average().orElse(Double.NaN);
        double ss = 0;
        for (double x : s) {
            ss += (x - mean) * (x - mean);
        }
        List<Double> edges = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        if (n > 0) {
            double lo = s[0];
            double hi = s[n - 1] > lo ? s[n - 1] : lo + 1;
            int bins = (int) Math.ceil(Math.log(n) / Math.log(2)) + 1;
            long[] hist = new long[bins];
            for (double x : s) {
                hist[Math.min(bins - 1, (int) ((x - lo) / (hi - lo) * bins))]++;
            }
            for (int b = 0; b <= bins; b++) {
                edges.add(lo + (hi - lo) * b / bins);
            }
            Arrays.stream(hist).forEach(counts::add);
        }
        Map<String, Long> values = new LinkedHashMap<>();
        if (distinct <= 20) {
            for (double x : s) {
                values.merge(format(x), 1L, Long::sum);
            }
        }
        return new ColumnProfile(c.schema().name(), "numeric", rows.length, rows.length - n, distinct,
                n == 0 ? Double.NaN : s[0], n == 0 ? Double.NaN : s[n - 1], mean,
                n == 0 ? Double.NaN : Math.sqrt(ss / n), edges, counts, values);
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    private static ColumnProfile categorical(Column c, int[] rows) {
        Map<String, Long> counts = new HashMap<>();
        long missing = 0;
        for (int r : rows) {
            String v = c.format(r);
            if (v == null) {
                missing++;
            } else {
                counts.merge(v, 1L, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        long other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < TOP_CATEGORIES) {
                top.put(sorted.get(i).getKey(), sorted.get(i).getValue());
            } else {
                other += sorted.get(i).getValue();
            }
        }
        if (other > 0) {
            top.put("__other__", other);
        }
        return new ColumnProfile(c.schema().name(), "categorical", rows.length, missing, counts.size(), Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, List.of(), List.of(), top);
    }
}
