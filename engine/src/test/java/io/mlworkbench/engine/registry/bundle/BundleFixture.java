package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.registry.ModelRegistry;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.training.RunResult;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** One in-memory workspace with training, registry, export and import wired, for bundle tests. */
public final class BundleFixture implements AutoCloseable {

    static final Actor ANA = new Actor("ana");

    final RegistryDatabase database;
    final TrainingService training;
    final ModelRegistry registry;
    final BundleExporter exporter;
    final BundleImporter importer;

    BundleFixture(String name, BundleLimits limits) {
        Clock clock = Clock.systemUTC();
        database = RegistryDatabase.openInMemory(name + "-" + System.nanoTime());
        training = new TrainingService(database, AlgorithmCatalog.standard(),
                new AuditLogRepository(database.jdbi(), clock), clock, 1);
        registry = ModelRegistry.create(database, clock);
        exporter = new BundleExporter(database, registry.catalog(), clock);
        importer = new BundleImporter(database, registry.registry(), registry.access(), limits, clock);
    }

    BundleFixture(String name) {
        this(name, BundleLimits.defaults());
    }

    /** Trains a model on {@link #table} and registers it under {@code model}. */
    ModelVersion trainAndRegister(String model, String algorithm) {
        return trainAndRegister(model, algorithm, table(), "churned");
    }

    /** Trains a model predicting {@code target} from the other columns of {@code data}; registers it. */
    ModelVersion trainAndRegister(String model, String algorithm, Table data, String target) {
        long project = new ProjectService(database, new ProjectRepository(database.jdbi()),
                new AuditLogRepository(database.jdbi(), Clock.systemUTC()), Clock.systemUTC())
                .findOrCreate(ANA, "churn").id();
        RunResult run = training.train(ANA, new TrainingRequest(project, "baseline", Optional.empty(),
                        Optional.empty(), TrainingSpec.of(target, algorithm)), data, TrainingListener.ignoring(),
                () -> false);
        return registry.registry().register(ANA, model, run.run().id(), "first try", Map.of("team", "retention"));
    }

    /** @return 300 seeded rows: tenure, charges, plan, and the target churned */
    static Table table() {
        return table(300, 7);
    }

    /**
     * @param n how many rows
     * @param seed the generator's seed
     * @return seeded rows: tenure, charges, plan (basic, plus, pro), and the target churned (no, yes)
     */
    public static Table table(int n, long seed) {
        Random random = new Random(seed);
        ColumnBuilder tenure = new ColumnBuilder(ColumnSchema.feature("tenure", ColumnType.DECIMAL), n);
        ColumnBuilder charges = new ColumnBuilder(ColumnSchema.feature("charges", ColumnType.DECIMAL), n);
        ColumnBuilder plan = new ColumnBuilder(ColumnSchema.feature("plan", ColumnType.CATEGORICAL), n);
        ColumnBuilder churned = new ColumnBuilder(ColumnSchema.feature("churned", ColumnType.CATEGORICAL)
                .withRole(ColumnRole.TARGET), n);
        String[] plans = {"basic", "plus", "pro"};
        for (int i = 0; i < n; i++) {
            double months = random.nextDouble() * 60;
            double monthly = 20 + random.nextDouble() * 80;
            int p = random.nextInt(3);
            tenure.addNumber(months);
            charges.addNumber(monthly);
            plan.addString(plans[p]);
            double risk = monthly / 25 - months / 12 + (p == 0 ? 1 : 0) + random.nextGaussian();
            churned.addString(risk > 0 ? "yes" : "no");
        }
        return Table.of(List.of(tenure, charges, plan, churned));
    }

    @Override
    public void close() {
        database.close();
    }
}
