package io.mlworkbench.engine.features.bench;

import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.NumericColumn;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.PipelineFitter;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Feature benchmark (a main, not a test): fits a churn-like pipeline on 100,000 rows, streams 1,000,000 rows through
 * it in row groups of 65,536 and times single-row transforms. Run it with a small heap to show that the streamed
 * transform is bounded in memory; see docs/benchmarks.md for the command.
 */
public final class FeatureBenchmark {

    private static final String[] CONTRACT = {"Month-to-month", "One year", "Two year"};
    private static final String[] INTERNET = {"DSL", "Fiber optic", "No"};
    private static final String[] PAYMENT = {"Electronic check", "Mailed check", "Bank transfer", "Credit card"};
    private static final int GROUP = 65_536;

    private FeatureBenchmark() {
    }

    /** @param args [rows to stream, default 1000000] */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        PipelineDefinition definition = PipelineDefinition.of("churn", List.of(
                StepSpec.of("impute", "columns", List.of("total_charges"), "strategy", "median", "add_indicator",
                        true),
                StepSpec.of("derive", "name", "charge_ratio", "expression", "total_charges / (tenure_months + 1)"),
                StepSpec.of("derive", "name", "risky", "expression", "tenure_months < 12 and monthly_charges > 70"),
                StepSpec.of("one_hot", "columns", List.of("contract", "internet_service")),
                StepSpec.of("target_encode", "columns", List.of("payment_method")),
                StepSpec.of("date_parts", "column", "signup_date", "parts", List.of("year", "month", "days_since")),
                StepSpec.of("power", "columns", List.of("monthly_charges")),
                StepSpec.of("clip", "columns", List.of("support_tickets")),
                StepSpec.of("scale", "columns", List.of("tenure_months", "total_charges", "charge_ratio"))));
        long t0 = System.nanoTime();
        FittedPipeline pipeline = new PipelineFitter(StepCatalog.standard()).fit(definition, group(1, 100_000), 42)
                .pipeline();
        double fitSeconds = (System.nanoTime() - t0) / 1e9;

        resetPeaks();
        long[] checksum = {0};
        Iterator<Table> groups = new Iterator<>() {
            private int done;

            @Override
            public boolean hasNext() {
                return done < rows;
            }

            @Override
            public Table next() {
                int n = Math.min(GROUP, rows - done);
                done += n;
                return group(1000 + done, n);
            }
        };
        long t1 = System.nanoTime();
        long streamed = pipeline.transformGroups(groups, t -> checksum[0] += t.rowCount(), ProgressListener.ignoring(),
                CancellationToken.never());
        double streamSeconds = (System.nanoTime() - t1) / 1e9;
        long peakHeap = peakHeapBytes();

        Table sample = group(7, 10_000);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int r = 0; r < sample.rowCount(); r++) {
            requests.add(row(sample, r));
        }
        for (int i = 0; i < 300_000; i++) {
            pipeline.transformRow(requests.get(i % requests.size()));
        }
        long[] nanos = new long[200_000];
        for (int i = 0; i < nanos.length; i++) {
            long s = System.nanoTime();
            pipeline.transformRow(requests.get(i % requests.size()));
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
        System.out.printf(Locale.ROOT, "fit 100,000 rows x %d columns, %d steps: %.2f s%n",
                sample.schema().size(), definition.steps().size(), fitSeconds);
        System.out.printf(Locale.ROOT, "stream %,d rows in groups of %,d: %.2f s = %,.0f rows/s; peak heap %,d MB (max %,d"
                + " MB)%n", streamed, GROUP, streamSeconds, streamed / streamSeconds, peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "single row (%d output columns): mean %.2f us, p50 %.2f us, p99 %.2f us%n",
                pipeline.outputSchema().size(), mean, nanos[nanos.length / 2] / 1000.0,
                nanos[nanos.length * 99 / 100] / 1000.0);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static Map<String, Object> row(Table table, int r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int c = 0; c < table.schema().size(); c++) {
            Object v = table.column(c) instanceof NumericColumn n ? (Double.isNaN(n.get(r)) ? null : n.get(r))
                    : ((StringColumn) table.column(c)).get(r);
            out.put(table.schema().column(c).name(), v);
        }
        return out;
    }

    /** A seeded group of churn-like rows. */
    static Table group(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        ColumnBuilder tenure = numeric("tenure_months", ColumnType.INTEGER, n);
        ColumnBuilder monthly = numeric("monthly_charges", ColumnType.DECIMAL, n);
        ColumnBuilder total = numeric("total_charges", ColumnType.DECIMAL, n);
        ColumnBuilder tickets = numeric("support_tickets", ColumnType.INTEGER, n);
        ColumnBuilder signup = numeric("signup_date", ColumnType.DATETIME, n);
        ColumnBuilder contract = label("contract", n);
        ColumnBuilder internet = label("internet_service", n);
        ColumnBuilder payment = label("payment_method", n);
        ColumnBuilder churn = new ColumnBuilder(new ColumnSchema("churn", ColumnType.CATEGORICAL, ColumnRole.TARGET,
                Optional.empty()), n);
        for (int i = 0; i < n; i++) {
            int t = random.nextInt(73);
            double m = 18 + 100 * random.nextDouble();
            tenure.addNumber(t);
            monthly.addNumber(m);
            total.addNumber(t == 0 ? Double.NaN : m * t);
            tickets.addNumber(random.nextInt(6));
            signup.addNumber(1.7e12 - t * 2.6e9);
            contract.addString(CONTRACT[random.nextInt(3)]);
            internet.addString(INTERNET[random.nextInt(3)]);
            payment.addString(PAYMENT[random.nextInt(4)]);
            churn.addString(random.nextDouble() < (t < 12 ? 0.45 : 0.15) ? "Yes" : "No");
        }
        return Table.of(List.of(tenure, monthly, total, tickets, signup, contract, internet, payment, churn));
    }

    private static ColumnBuilder numeric(String name, ColumnType type, int n) {
        return new ColumnBuilder(ColumnSchema.feature(name, type), n);
    }

    private static ColumnBuilder label(String name, int n) {
        return new ColumnBuilder(ColumnSchema.feature(name, ColumnType.CATEGORICAL), n);
    }
}
