package io.mlworkbench.engine.training.evaluation;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Seeded splits: train/validation/test (stratified on the label for classification, or by time) and k folds.
 * The same seed and rows always give the same split.
 */
public final class Splitter {

    private Splitter() {
    }

    /**
     * Splits rows into train, validation and test.
     *
     * @param table the table
     * @param rows the candidate rows (those with a target)
     * @param strata per row of {@code rows}, its stratum (the label) or null to shuffle without strata
     * @param spec shares and optional time column
     * @param seed the shuffle seed
     * @return the split
     */
    public static DataSplit split(Table table, int[] rows, String[] strata, SplitSpec spec, long seed) {
        if (spec.timeColumn().isPresent()) {
            return byTime(table, rows, spec);
        }
        List<int[]> groups = groups(rows, strata);
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int[] group : groups) {
            int[] g = shuffled(group, random);
            int nTest = (int) Math.round(g.length * spec.testFraction());
            int nValidation = (int) Math.round(g.length * spec.validationFraction());
            for (int i = 0; i < g.length; i++) {
                (i < nTest ? test : i < nTest + nValidation ? validation : train).add(g[i]);
            }
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new WorkbenchException("Too few rows (" + rows.length + ") to split into training and test sets");
        }
        return new DataSplit(sorted(train), sorted(validation), sorted(test));
    }

    /**
     * Splits rows into k folds, each row in exactly one test fold.
     *
     * @param rows the rows
     * @param strata per row, its stratum (label) or null
     * @param k the number of folds, at least 2
     * @param seed the shuffle seed
     * @return the folds
     */
    public static List<Fold> kFold(int[] rows, String[] strata, int k, long seed) {
        if (k < 2 || k > rows.length) {
            throw new WorkbenchException("Cross-validation needs 2 to " + rows.length + " folds, got " + k);
        }
        Random random = new Random(seed);
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (int[] group : groups(rows, strata)) {
            for (int r : shuffled(group, random)) {
                folds.get(next).add(r);
                next = (next + 1) % k;
            }
        }
        List<Fold> result = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] test = sorted(folds.get(f));
            int fold = f;
            int[] train = sorted(IntStream.range(0, k).filter(g -> g != fold)
                    .boxed().flatMap(g -> folds.get(g).stream()).toList());
            result.add(new Fold(f, train, test));
        }
        return result;
    }

    private static DataSplit byTime(Table table, int[] rows, SplitSpec spec) {
        String name = spec.timeColumn().orElseThrow();
        Column column = table.column(name);
        if (!(column instanceof NumericColumn time)) {
            throw new WorkbenchException("Time column '" + name + "' holds " + column.schema().type()
                    + " values; splitting by time needs a date/time or numeric column");
        }
        Integer[] order = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer r) -> {
            double v = time.get(r);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }).thenComparingInt(r -> r));
        int n = order.length;
        int nTest = (int) Math.round(n * spec.testFraction());
        int nValidation = (int) Math.round(n * spec.validationFraction());
        int trainEnd = n - nTest - nValidation;
        if (trainEnd <= 0 || nTest == 0) {
            throw new WorkbenchException("Too few rows (" + n + ") to split by time on '" + name + "'");
        }
        int[] all = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        return new DataSplit(Arrays.copyOfRange(all, 0, trainEnd), Arrays.copyOfRange(all, trainEnd, n - nTest),
                Arrays.copyOfRange(all, n - nTest, n));
    }

    private static List<int[]> groups(int[] rows, String[] strata) {
        if (strata == null) {
            return List.of(rows.clone());
        }
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            byLabel.computeIfAbsent(strata[i], s -> new ArrayList<>()).add(rows[i]);
        }
        return byLabel.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int[] shuffled(int[] rows, Random random) {
        int[] a = rows.clone();
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
