package io.mlworkbench.engine.serving.bench;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.registry.ModelRegistry;
import io.mlworkbench.engine.serving.LoadedModel;
import io.mlworkbench.engine.serving.ModelScorer;
import io.mlworkbench.engine.serving.PredictionCsv;
import io.mlworkbench.engine.serving.ScoringFileReader;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.TrainedModel.RowPrediction;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scoring benchmark (a main, not a test): imports Adult's 32,561 training rows, trains and registers each algorithm
 * given, then times loading the version, scoring the in-memory table, and the whole {@code models predict} path
 * (read the CSV through the import engine, score, write CSV). See docs/benchmarks.md for the command.
 */
public final class ScoringBenchmark {

    private static final String HEADER = "age,workclass,fnlwgt,education,education_num,marital_status,occupation,"
            + "relationship,race,sex,capital_gain,capital_loss,hours_per_week,native_country,income";

    private ScoringBenchmark() {
    }

    /**
     * @param args [adult.data path, comma-separated algorithm ids]
     * @throws IOException when the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path adult = Path.of(args.length > 0 ? args[0] : "../shared/datasets/adult/adult.data");
        List<String> algorithms = List.of((args.length > 1 ? args[1]
                : "logistic_regression,random_forest,gradient_boosting").split(","));
        Path dir = Files.createTempDirectory("scoring-bench");
        Path csv = dir.resolve("adult.csv");
        Files.writeString(csv, HEADER + "\n" + Files.readString(adult, StandardCharsets.UTF_8).strip() + "\n");
        Clock clock = Clock.systemUTC();
        Actor actor = new Actor("bench");
        try (RegistryDatabase db = RegistryDatabase.openInMemory("scoring-bench")) {
            AuditLogRepository audit = new AuditLogRepository(db.jdbi(), clock);
            DatasetService datasets = DatasetService.create(db, clock, dir.resolve("tmp"));
            DatasetVersion version = datasets.importFile(actor, "adult", "adult", csv, ImportOptions.defaults(),
                    ProgressListener.ignoring(), CancellationToken.never()).version();
            Table table = datasets.loadTable(version.id());
            long project = new ProjectService(db, new ProjectRepository(db.jdbi()), audit, clock)
                    .findOrCreate(actor, "adult").id();
            TrainingService training = new TrainingService(db, AlgorithmCatalog.standard(), audit, clock, 2);
            ModelRegistry registry = ModelRegistry.create(db, clock);
            ModelScorer scorer = new ModelScorer(db, registry.catalog(), training, StepCatalog.standard(), clock);
            System.out.printf(Locale.ROOT, "%-22s %9s %14s %14s %16s%n", "algorithm", "load ms", "score rows/s",
                    "1-row maps µs", "file->CSV rows/s");
            for (String algorithm : algorithms) {
                long run = training.train(actor, new TrainingRequest(project, "bench", Optional.of(version.id()),
                                Optional.empty(), TrainingSpec.of("income", algorithm)), table,
                        TrainingListener.ignoring(), () -> false).run().id();
                String uri = registry.registry().register(actor, algorithm.replace('_', '-'), run, "", Map.of())
                        .uri().toString();
                long t0 = System.nanoTime();
                LoadedModel model = scorer.load(actor, uri);
                double loadMs = (System.nanoTime() - t0) / 1e6;
                for (int i = 0; i < 3; i++) {
                    model.score(table);
                }
                t0 = System.nanoTime();
                int repeats = 5;
                for (int i = 0; i < repeats; i++) {
                    model.score(table);
                }
                double rowsPerSecond = repeats * (double) table.rowCount() / ((System.nanoTime() - t0) / 1e9);
                Map<String, Object> row = Map.of("age", 39, "workclass", "State-gov", "fnlwgt", 77516,
                        "education", "Bachelors", "education_num", 13, "marital_status", "Never-married",
                        "occupation", "Adm-clerical", "relationship", "Not-in-family", "race", "White", "sex", "Male");
                for (int i = 0; i < 2_000; i++) {
                    model.scoreRows(List.of(row));
                }
                int singles = 5_000;
                t0 = System.nanoTime();
                for (int i = 0; i < singles; i++) {
                    model.scoreRows(List.of(row));
                }
                double singleMicros = (System.nanoTime() - t0) / 1e3 / singles;
                t0 = System.nanoTime();
                Table read = new ScoringFileReader(datasets).read(csv, model, ProgressListener.ignoring(),
                        CancellationToken.never());
                List<RowPrediction> predictions = model.score(read);
                try (Writer out = Files.newBufferedWriter(dir.resolve("scored.csv"))) {
                    PredictionCsv.write(model, read, predictions, out);
                }
                double fileRowsPerSecond = read.rowCount() / ((System.nanoTime() - t0) / 1e9);
                System.out.printf(Locale.ROOT, "%-22s %9.1f %14.0f %14.1f %16.0f%n", algorithm, loadMs,
                        rowsPerSecond, singleMicros, fileRowsPerSecond);
            }
        }
    }
}
