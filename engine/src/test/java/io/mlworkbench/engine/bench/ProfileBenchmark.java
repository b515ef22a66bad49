package io.mlworkbench.engine.bench;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.profile.DatasetProfile;
import io.mlworkbench.engine.data.profile.DatasetProfiler;
import io.mlworkbench.engine.data.profile.ProfileJson;
import io.mlworkbench.engine.validation.expectation.StandardExpectations;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.SuiteSuggester;
import io.mlworkbench.engine.validation.SuggestedRule;
import io.mlworkbench.engine.validation.TableValidator;
import io.mlworkbench.engine.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Profiles, suggests a suite for, and validates a generated table of 1,000,000 rows x 20 mixed columns (8 integer,
 * 6 decimal, 4 categorical, 1 boolean, 1 date/time; about 2% missing), and prints the times. Run with a capped heap:
 *
 * <pre>
 * mvn -o -q -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp engine/target/classes:engine/target/test-classes:$(cat engine/target/cp.txt) \
 *     io.mlworkbench.engine.bench.ProfileBenchmark [rows]
 * </pre>
 */
public final class ProfileBenchmark {

    private ProfileBenchmark() {
    }

    /**
     * @param args optionally the number of rows (default 1,000,000)
     */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long t0 = System.nanoTime();
        Table table = generate(rows, 42);
        long t1 = System.nanoTime();
        DatasetProfiler profiler = new DatasetProfiler();
        profiler.profile(generate(10_000, 1));
        long t2 = System.nanoTime();
        DatasetProfile profile = profiler.profile(table);
        long t3 = System.nanoTime();
        String json = new ProfileJson().write(profile);
        List<Rule> rules = new SuiteSuggester().suggest(profile).stream().map(SuggestedRule::rule).toList();
        long t4 = System.nanoTime();
        ValidationReport report = new TableValidator(StandardExpectations.catalog()).validate(table, rules);
        long t5 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("rows=%,d columns=%d generate=%.2fs profile=%.2fs profileJson=%,d bytes%n", rows,
                table.columns().size(), (t1 - t0) / 1e9, (t3 - t2) / 1e9, json.length());
        System.out.printf("suggested rules=%d validate=%.2fs success=%s duplicates=%d maxHeap=%,d MB used=%,d MB%n",
                rules.size(), (t5 - t4) / 1e9, report.success(), profile.duplicateRowCount(),
                rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    static Table generate(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ColumnBuilder> columns = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            columns.add(column("int_" + c, ColumnType.INTEGER, rows));
        }
        for (int c = 0; c < 6; c++) {
            columns.add(column("dec_" + c, ColumnType.DECIMAL, rows));
        }
        for (int c = 0; c < 4; c++) {
            columns.add(column("cat_" + c, ColumnType.CATEGORICAL, rows));
        }
        columns.add(column("flag", ColumnType.BOOLEAN, rows));
        columns.add(column("at", ColumnType.DATETIME, rows));
        String[][] categories = new String[4][];
        for (int c = 0; c < 4; c++) {
            categories[c] = new String[5 + c * 40];
            for (int k = 0; k < categories[c].length; k++) {
                categories[c][k] = "c" + c + "_" + k;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 8; c++) {
                columns.get(c).addNumber(missing(random) ? Double.NaN : random.nextInt(10 + c * 1000));
            }
            for (int c = 0; c < 6; c++) {
                columns.get(8 + c).addNumber(missing(random) ? Double.NaN : random.nextGaussian() * (c + 1) * 10);
            }
            for (int c = 0; c < 4; c++) {
                columns.get(14 + c).addString(missing(random) ? null
                        : categories[c][random.nextInt(categories[c].length)]);
            }
            columns.get(18).addNumber(random.nextBoolean() ? 1 : 0);
            columns.get(19).addNumber(1_600_000_000_000.0 + random.nextInt(1_000_000) * 60_000.0);
        }
        return Table.of(columns);
    }

    private static boolean missing(SplittableRandom random) {
        return random.nextInt(50) == 0;
    }

    private static ColumnBuilder column(String name, ColumnType type, int rows) {
        return new ColumnBuilder(new ColumnSchema(name, type, ColumnRole.FEATURE, Optional.empty()), rows);
    }
}
