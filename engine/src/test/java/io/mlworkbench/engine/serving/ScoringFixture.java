package io.mlworkbench.engine.serving;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.ColumnBuilder;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FitResult;
import io.mlworkbench.engine.features.PipelineDefinition;
import io.mlworkbench.engine.features.RegistryFixture;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.registry.ModelRegistry;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.bundle.BundleExporter;
import io.mlworkbench.engine.registry.bundle.BundleFixture;
import io.mlworkbench.engine.registry.bundle.BundleImporter;
import io.mlworkbench.engine.registry.bundle.BundleLimits;
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

/** One in-memory workspace with training, feature sets, the registry, bundles and the scorer wired. */
final class ScoringFixture implements AutoCloseable {

    static final Actor ANA = new Actor("ana");
    /** A feature set: impute tenure (with an indicator), derive charge per month, one-hot the plan. */
    static final PipelineDefinition FEATURES = PipelineDefinition.of("churned", List.of(
            StepSpec.of("impute", "columns", List.of("tenure"), "strategy", "median", "add_indicator", true),
            StepSpec.of("derive", "name", "charge_per_month", "expression", "charges / (tenure + 1)"),
            StepSpec.of("one_hot", "columns", List.of("plan"), "top_k", 10)));

    final RegistryFixture features = new RegistryFixture();
    final TrainingService training;
    final ModelRegistry registry;
    final BundleExporter exporter;
    final BundleImporter importer;
    final ModelScorer scorer;
    private final Project project;

    ScoringFixture() {
        Clock clock = Clock.systemUTC();
        training = new TrainingService(features.db, AlgorithmCatalog.standard(), features.audit, clock, 1);
        registry = ModelRegistry.create(features.db, clock);
        exporter = new BundleExporter(features.db, registry.catalog(), clock);
        importer = new BundleImporter(features.db, registry.registry(), registry.access(), BundleLimits.defaults(),
                clock);
        scorer = new ModelScorer(features.db, registry.catalog(), training, StepCatalog.standard(), clock);
        project = features.projects.findOrCreate(ANA, "churn");
    }

    /** Trains {@code algorithm} on {@code data} predicting {@code target} and registers it under {@code model}. */
    ModelVersion trainAndRegister(String model, String algorithm, Table data, String target) {
        long run = training.train(ANA, new TrainingRequest(project.id(), "baseline", Optional.empty(), Optional.empty(),
                TrainingSpec.of(target, algorithm)), data, TrainingListener.ignoring(), () -> false).run().id();
        return registry.registry().register(ANA, model, run, "", Map.of());
    }

    /** Fits {@link #FEATURES} on {@code data}, saves it, trains behind it and registers the model. */
    ModelVersion trainBehindFeatureSet(String model, String algorithm, Table data) {
        FitResult fit = features.fitter.fit(FEATURES, data, 3);
        long setId = features.pipelines.create(ANA, project.id(), "basics", "", List.of(), FEATURES).featureSetId();
        long datasetVersion = features.datasetVersion(project, "customers", 1);
        long pipelineVersion = features.pipelines.saveFitted(ANA, setId, fit.pipeline(), datasetVersion).id();
        long run = training.train(ANA, new TrainingRequest(project.id(), "features", Optional.empty(),
                        Optional.of(pipelineVersion), TrainingSpec.of("churned", algorithm)), fit.training(),
                TrainingListener.ignoring(), () -> false).run().id();
        return registry.registry().register(ANA, model, run, "", Map.of());
    }

    /** @return {@link BundleFixture#table(int, long)}: tenure, charges, plan and the target churned */
    static Table table(int n, long seed) {
        return BundleFixture.table(n, seed);
    }

    /** @return {@link #table} with a numeric target {@code spend} instead of {@code churned} */
    static Table regressionTable(int n, long seed) {
        Random random = new Random(seed);
        ColumnBuilder tenure = new ColumnBuilder(ColumnSchema.feature("tenure", ColumnType.DECIMAL), n);
        ColumnBuilder plan = new ColumnBuilder(ColumnSchema.feature("plan", ColumnType.CATEGORICAL), n);
        ColumnBuilder spend = new ColumnBuilder(ColumnSchema.feature("spend", ColumnType.DECIMAL)
                .withRole(ColumnRole.TARGET), n);
        for (int i = 0; i < n; i++) {
            double months = random.nextDouble() * 60;
            boolean pro = random.nextBoolean();
            tenure.addNumber(months);
            plan.addString(pro ? "pro" : "basic");
            spend.addNumber(10 + 2 * months + (pro ? 30 : 0) + random.nextGaussian());
        }
        return Table.of(List.of(tenure, plan, spend));
    }

    @Override
    public void close() {
        features.close();
    }
}
