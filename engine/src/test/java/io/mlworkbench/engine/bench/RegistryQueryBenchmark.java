package io.mlworkbench.engine.bench;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.registry.ModelQuery;
import io.mlworkbench.engine.registry.ModelRegistry;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.PromotionPolicy;
import io.mlworkbench.engine.registry.VersionStatus;
import io.mlworkbench.engine.workspace.Workspace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Times the registry's list and filter queries over 10,000 versions of 500 models in a file H2 workspace, the
 * volume the issue sets a 50 ms goal for. Seeds the rows with plain JDBC (seeded random, so every run builds
 * the same registry), warms up, then prints each query's median and 95th percentile wall-clock time and its
 * median CPU time (less disturbed by other processes on a shared machine) as a Markdown table.
 *
 * <p>Run (see {@code docs/benchmarks.md}): {@code mvn -o -q -pl engine test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test}, then in {@code engine/}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * io.mlworkbench.engine.bench.RegistryQueryBenchmark}
 * (optional arguments: warm-up repetitions, measured repetitions).
 */
public final class RegistryQueryBenchmark {

    private static final int MODELS = 500;
    private static final int VERSIONS_PER_MODEL = 20;
    private static final String[] ALGORITHMS = {"logistic-regression", "xgboost", "random-forest", "linear-sgd",
        "factorization-machine", "libsvm"};
    private static final String[] TEAMS = {"risk", "growth", "ops", "fraud", "pricing"};
    private static final int CREATORS = 8;

    private RegistryQueryBenchmark() {
    }

    /**
     * @param args optional: warm-up repetitions (default 30), measured repetitions (default 200)
     * @throws Exception when seeding fails
     */
    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("mlwb-registry-bench");
        try (Workspace ws = Workspace.open(dir)) {
            long seedStart = System.nanoTime();
            seed(ws.database().dataSource().getConnection());
            double seedMs = (System.nanoTime() - seedStart) / 1e6;
            ModelRegistry registry = ModelRegistry.create(ws.database(), Clock.systemUTC());
            Actor actor = new Actor("bench");
            registry.access().roleOf(actor);
            System.out.printf(Locale.ROOT, "System load average before timing: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "Seeded %d models, %d versions in %s in %.0f ms; %d warm-up, %d measured"
                    + " repetitions%n%n", MODELS, MODELS * VERSIONS_PER_MODEL, dir, seedMs, warmUp, reps);
            System.out.println("| query | rows | median ms | p95 ms | median CPU ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            ModelQuery all = ModelQuery.all();
            time("list all versions, by name", warmUp, reps, () -> registry.catalog().search(actor, all)
                    .totalVersions());
            time("name contains \"model-04\"", warmUp, reps, () -> registry.catalog().search(actor,
                    all.withNameContaining("model-04")).totalVersions());
            time("tag team=risk", warmUp, reps, () -> registry.catalog().search(actor,
                    all.withTag("team", "risk")).totalVersions());
            time("alias champion", warmUp, reps, () -> registry.catalog().search(actor,
                    all.withAlias("champion")).totalVersions());
            time("algorithm xgboost", warmUp, reps, () -> registry.catalog().search(actor,
                    all.withAlgorithm("xgboost")).totalVersions());
            time("status archived", warmUp, reps, () -> registry.catalog().search(actor,
                    all.withStatus(VersionStatus.ARCHIVED)).totalVersions());
            time("created by user3, newest first", warmUp, reps, () -> registry.catalog().search(actor,
                    all.withCreator("user3").sortedBy(ModelQuery.Sort.NEWEST)).totalVersions());
            time("active, best metric first, top 50", warmUp, reps, () -> registry.catalog().search(actor,
                    all.withStatus(VersionStatus.ACTIVE).sortedBy(ModelQuery.Sort.BEST_METRIC).limitedTo(50))
                    .versions().size());
            registry.aliases().updatePolicy(actor, new PromotionPolicy(true, true, Optional.of("accuracy")));
            time("list all, promotion metric accuracy (looked up per version)", warmUp, reps, () -> registry
                    .catalog().search(actor, all).totalVersions());
            registry.aliases().updatePolicy(actor, PromotionPolicy.defaults());
            ModelUri champion = ModelUri.parse("models:/model-0123@champion");
            time("resolve models:/model-0123@champion", warmUp, reps, () -> registry.resolver().resolve(champion)
                    .version());
            System.out.printf(Locale.ROOT, "%nSystem load average at the end: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            deleteTree(dir);
        }
    }

    private static void time(String name, int warmUp, int reps, Supplier<Integer> query) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rows = 0;
        for (int i = 0; i < warmUp; i++) {
            rows = query.get();
        }
        long[] wall = new long[reps];
        long[] cpu = new long[reps];
        for (int i = 0; i < reps; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            rows = query.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", name, rows, wall[reps / 2] / 1e6,
                wall[(int) Math.ceil(reps * 0.95) - 1] / 1e6, cpu[reps / 2] / 1e6);
    }

    private static void seed(Connection c) throws SQLException {
        Random random = new Random(20260101L);
        // Its own generator, so the registry drawn from the first is the same as before test accuracy was added.
        Random accuracies = new Random(20260102L);
        Timestamp base = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        try (c) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO project (id, name, created_by, created_at)"
                    + " VALUES (1, 'bench', 'bench', ?)")) {
                s.setTimestamp(1, base);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO experiment (id, project_id, name, created_by,"
                    + " created_at) VALUES (1, 1, 'bench', 'bench', ?)")) {
                s.setTimestamp(1, base);
                s.executeUpdate();
            }
            try (PreparedStatement model = c.prepareStatement("INSERT INTO registered_model (id, name, created_by,"
                    + " created_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement run = c.prepareStatement("INSERT INTO training_run (id, experiment_id, status,"
                         + " algorithm, params_json, seed, created_by, started_at, finished_at)"
                         + " VALUES (?, 1, 'finished', ?, '{\"epochs\": 10}', ?, ?, ?, ?)");
                 PreparedStatement metric = c.prepareStatement("INSERT INTO run_metric (run_id, split_name,"
                         + " metric_name, metric_value) VALUES (?, ?, ?, ?)");
                 PreparedStatement version = c.prepareStatement("INSERT INTO model_version (id, model_id, version_no,"
                         + " run_id, status, created_by, created_at, algorithm, test_metric_name, test_metric_value)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement tag = c.prepareStatement("INSERT INTO model_version_tag (version_id, tag_name,"
                         + " tag_text) VALUES (?, ?, ?)");
                 PreparedStatement alias = c.prepareStatement("INSERT INTO model_alias (model_id, alias, version_id,"
                         + " moved_by, moved_at, reason) VALUES (?, ?, ?, 'bench', ?, 'seeded')")) {
                long id = 0;
                for (int m = 1; m <= MODELS; m++) {
                    Timestamp modelTime = new Timestamp(base.getTime() + m * 60_000L);
                    model.setLong(1, m);
                    model.setString(2, String.format(Locale.ROOT, "model-%04d", m));
                    model.setString(3, "user" + (m % CREATORS));
                    model.setTimestamp(4, modelTime);
                    model.addBatch();
                    boolean regression = m % 5 == 0;
                    for (int v = 1; v <= VERSIONS_PER_MODEL; v++) {
                        id++;
                        Timestamp at = new Timestamp(modelTime.getTime() + v * 1_000L);
                        String creator = "user" + random.nextInt(CREATORS);
                        run.setLong(1, id);
                        String algorithm = ALGORITHMS[random.nextInt(ALGORITHMS.length)];
                        run.setString(2, algorithm);
                        run.setLong(3, random.nextLong());
                        run.setString(4, creator);
                        run.setTimestamp(5, at);
                        run.setTimestamp(6, at);
                        run.addBatch();
                        String testMetric = regression ? "r2" : "roc_auc";
                        double testValue = 0.5 + random.nextDouble() / 2;
                        addMetric(metric, id, "test", testMetric, testValue);
                        addMetric(metric, id, "train", "accuracy", 0.5 + random.nextDouble() / 2);
                        if (!regression) {
                            addMetric(metric, id, "test", "accuracy", 0.5 + accuracies.nextDouble() / 2);
                        }
                        version.setLong(1, id);
                        version.setLong(2, m);
                        version.setInt(3, v);
                        version.setLong(4, id);
                        version.setString(5, v <= 2 ? "archived" : "active");
                        version.setString(6, creator);
                        version.setTimestamp(7, at);
                        // As registration stores them (schema V3): the run's algorithm and automatic test metric.
                        version.setString(8, algorithm);
                        version.setString(9, testMetric);
                        version.setDouble(10, testValue);
                        version.addBatch();
                        tag.setLong(1, id);
                        tag.setString(2, "team");
                        tag.setString(3, TEAMS[m % TEAMS.length]);
                        tag.addBatch();
                        if (random.nextBoolean()) {
                            tag.setLong(1, id);
                            tag.setString(2, "reviewed");
                            tag.setString(3, "yes");
                            tag.addBatch();
                        }
                    }
                    addAlias(alias, m, "champion", id - 1, modelTime);
                    addAlias(alias, m, "challenger", id, modelTime);
                }
                for (PreparedStatement s : List.of(model, run, metric, version, tag, alias)) {
                    s.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static void addMetric(PreparedStatement s, long run, String split, String name, double value)
            throws SQLException {
        s.setLong(1, run);
        s.setString(2, split);
        s.setString(3, name);
        s.setDouble(4, value);
        s.addBatch();
    }

    private static void addAlias(PreparedStatement s, long model, String alias, long version, Timestamp at)
            throws SQLException {
        s.setLong(1, model);
        s.setString(2, alias);
        s.setLong(3, version);
        s.setTimestamp(4, at);
        s.addBatch();
    }

    private static void deleteTree(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
