package io.mlworkbench.engine.training.bench;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the shared benchmark datasets ({@code ../shared/datasets}) into tables with the minimum parsing that
 * {@code ../shared/bench/training-baseline/tasks.py} applies, and the fixed 80/20 splits.
 *
 * <p>The import engine is written concurrently, so the benchmark reads the CSV files directly with Commons CSV:
 * fields are trimmed, {@code ?} is missing in Adult, a column is numeric when every present value parses as a
 * number, and the target is categorical.
 */
public final class SharedDatasets {

    private final Path shared;

    /** @param shared the {@code shared} folder holding {@code datasets/} and {@code bench/} */
    public SharedDatasets(Path shared) {
        this.shared = shared;
    }

    /**
     * @return the shared folder, from {@code SHARED_DIR}, else {@code ../shared} or {@code ../../shared} of the
     *     working directory, if its datasets are there
     */
    public static Optional<SharedDatasets> locate() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("SHARED_DIR");
        if (env != null) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of("..", "shared"));
        candidates.add(Path.of("..", "..", "shared"));
        candidates.add(Path.of("/work/shared"));
        return candidates.stream().filter(p -> Files.isDirectory(p.resolve("datasets/adult")))
                .findFirst().map(p -> new SharedDatasets(p.toAbsolutePath().normalize()));
    }

    /** A dataset with its fixed split. */
    public record Task(String name, Table table, String target, String positiveLabel, int[] train, int[] test) {
    }

    /** @return Adult, train and test pooled, labels without the trailing dot */
    public Task adult() throws IOException {
        List<String> names = List.of("age", "workclass", "fnlwgt", "education", "education-num", "marital-status",
                "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week",
                "native-country", "income");
        List<String[]> rows = read(shared.resolve("datasets/adult/adult.data"), ',', 0);
        rows.addAll(read(shared.resolve("datasets/adult/adult.test"), ',', 1));
        for (String[] r : rows) {
            r[14] = r[14].endsWith(".") ? r[14].substring(0, r[14].length() - 1) : r[14];
            for (int i = 0; i < r.length; i++) {
                r[i] = "?".equals(r[i]) ? null : r[i];
            }
        }
        return task("adult", names, rows, "income", ">50K", "adult");
    }

    /** @return Bank Marketing full */
    public Task bank() throws IOException {
        List<String[]> rows = read(shared.resolve("datasets/bank-marketing/bank-full.csv"), ';', 0);
        List<String> names = Arrays.asList(rows.remove(0));
        return task("bank", names, rows, "y", "yes", "bank");
    }

    /**
     * @param binaryGood true for the quality &gt;= 7 classification task, false for regression on quality
     * @return red and white wine with a {@code type} column
     */
    public Task wine(boolean binaryGood) throws IOException {
        List<String[]> red = read(shared.resolve("datasets/wine-quality/winequality-red.csv"), ';', 0);
        List<String[]> white = read(shared.resolve("datasets/wine-quality/winequality-white.csv"), ';', 0);
        List<String> header = Arrays.asList(red.remove(0));
        white.remove(0);
        List<String> names = new ArrayList<>();
        names.add("type");
        names.addAll(header);
        List<String[]> rows = new ArrayList<>();
        red.forEach(r -> rows.add(prepend("red", r)));
        white.forEach(r -> rows.add(prepend("white", r)));
        if (!binaryGood) {
            return task("wine_quality_reg", names, rows, "quality", null, "wine");
        }
        int q = names.indexOf("quality");
        names.set(q, "good");
        for (String[] r : rows) {
            r[q] = Double.parseDouble(r[q]) >= 7 ? "yes" : "no";
        }
        return task("wine_good", names, rows, "good", "yes", "wine");
    }

    /** @return Iris */
    public Task iris() throws IOException {
        List<String> names = List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "class");
        return task("iris", names, read(shared.resolve("datasets/iris/iris.data"), ',', 0), "class", null, "iris");
    }

    private Task task(String name, List<String> names, List<String[]> rows, String target, String positive,
                      String splitName) throws IOException {
        Table table = table(names, rows, target, positive == null && !"iris".equals(name));
        List<String[]> split = read(shared.resolve("bench/training-baseline/splits/" + splitName + ".csv"), ',', 0);
        split.remove(0);
        int[] train = split.stream().filter(s -> s[1].equals("train")).mapToInt(s -> Integer.parseInt(s[0])).toArray();
        int[] test = split.stream().filter(s -> s[1].equals("test")).mapToInt(s -> Integer.parseInt(s[0])).toArray();
        return new Task(name, table, target, positive, train, test);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] r = new String[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    private static Table table(List<String> names, List<String[]> rows, String target, boolean numericTarget) {
        List<ColumnBuilder> builders = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            boolean isTarget = names.get(c).equals(target);
            boolean numeric = isTarget ? numericTarget : allNumeric(rows, c);
            ColumnType type = numeric ? ColumnType.DECIMAL : ColumnType.CATEGORICAL;
            ColumnSchema schema = ColumnSchema.feature(names.get(c), type)
                    .withRole(isTarget ? ColumnRole.TARGET : ColumnRole.FEATURE);
            ColumnBuilder b = new ColumnBuilder(schema, rows.size());
            for (String[] r : rows) {
                String v = r[c];
                if (v == null || v.isEmpty()) {
                    b.addMissing();
                } else if (numeric) {
                    b.addNumber(Double.parseDouble(v));
                } else {
                    b.addString(v);
                }
            }
            builders.add(b);
        }
        return Table.of(builders);
    }

    private static boolean allNumeric(List<String[]> rows, int c) {
        for (String[] r : rows) {
            if (r[c] != null && !r[c].isEmpty()) {
                try {
                    Double.parseDouble(r[c]);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String[]> read(Path file, char delimiter, int skipLines) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            int line = 0;
            for (CSVRecord record : format.parse(reader)) {
                if (line++ < skipLines) {
                    continue;
                }
                rows.add(record.values());
            }
        }
        return rows;
    }
}
