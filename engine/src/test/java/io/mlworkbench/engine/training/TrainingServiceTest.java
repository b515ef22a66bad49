package io.mlworkbench.engine.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.project.ProjectRepository;
import io.mlworkbench.engine.project.ProjectService;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.compare.ComparisonResult;
import io.mlworkbench.engine.training.run.ColumnProfile;
import io.mlworkbench.engine.training.run.ReferenceProfile;
import io.mlworkbench.engine.training.run.RunArtifact;
import io.mlworkbench.engine.training.run.RunMetric;
import io.mlworkbench.engine.training.run.RunStatus;
import io.mlworkbench.engine.training.run.TrainingRun;
import io.mlworkbench.engine.training.tuning.SearchStrategy;
import io.mlworkbench.engine.training.tuning.Trial;
import io.mlworkbench.engine.training.tuning.TuningBudget;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingServiceTest {

    private static final Table TABLE = SyntheticTables.classification(600, 2, 21);
    private final RegistryDatabase db = RegistryDatabase.openInMemory("training-" + System.nanoTime());
    private final AuditLogRepository audit = new AuditLogRepository(db.jdbi(), Clock.systemUTC());
    private final TrainingService service = new TrainingService(db, AlgorithmCatalog.standard(), audit,
            Clock.systemUTC(), 2);
    private final Actor ana = new Actor("ana");
    private final Project project = new ProjectService(db, new ProjectRepository(db.jdbi()), audit, Clock.systemUTC())
            .create(ana, "churn", "");

    @AfterEach
    void close() {
        db.close();
    }

    private TrainingRequest request(String algorithm) {
        return new TrainingRequest(project.id(), "baseline", Optional.empty(), Optional.empty(),
                TrainingSpec.of("label", algorithm).withCvFolds(3));
    }

    @Test
    void recordsAFinishedRunWithMetricsArtifactsAndAudit() {
        RunResult result = service.train(ana, request("gradient_boosting"), TABLE, TrainingListener.ignoring(),
                () -> false);
        TrainingRun run = result.run();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.modelBlobId()).isPresent();
        assertThat(run.provenanceJson().orElseThrow()).contains("XGBoost");
        assertThat(run.paramsJson()).contains("\"learningRate\"", "\"numTrees\"", "\"seed\":42");
        assertThat(service.artifacts(run.id())).extracting(RunArtifact::name).contains("model.tribuo.pb",
                "evaluation.json", "feature-encoding.json", "reference-profile.json", "test-predictions.json",
                "provenance.json");
        assertThat(service.metrics(run.id())).extracting(RunMetric::split, RunMetric::name)
                .contains(org.assertj.core.groups.Tuple.tuple("test", "roc_auc"),
                        org.assertj.core.groups.Tuple.tuple("train", "train_seconds"),
                        org.assertj.core.groups.Tuple.tuple("cv", "roc_auc"));
        assertThat(audit.find(AuditFilter.newest())).extracting(AuditEntry::action)
                .contains("run.start", "run.finish", "experiment.create");
    }

    @Test
    void storedEvaluationHoldsCurvesConfusionMatrixAndImportance() {
        RunResult result = service.train(ana, request("random_forest"), TABLE, TrainingListener.ignoring(),
                () -> false);
        EvaluationReport report = service.evaluation(result.run().id());
        assertThat(report.test().metrics()).isEqualTo(result.outcome().test().metrics());
        var test = (io.mlworkbench.engine.training.evaluation.ClassificationEvaluation) report.test();
        assertThat(test.rocCurves().get("yes")).hasSizeGreaterThan(10);
        assertThat(test.confusion()).hasDimensions(2, 2);
        assertThat(report.cvScores()).hasSize(3);
        assertThat(report.importance().columns()).hasSize(4);
    }

    @Test
    void referenceProfileDescribesTrainingInputsForDriftMonitoring() {
        RunResult result = service.train(ana, request("logistic_regression"), TABLE, TrainingListener.ignoring(),
                () -> false);
        ReferenceProfile profile = service.referenceProfile(result.run().id());
        assertThat(profile.rows()).isEqualTo(result.outcome().split().train().length);
        ColumnProfile x1 = profile.columns().stream().filter(c -> c.name().equals("x1")).findFirst().orElseThrow();
        assertThat(x1.binCounts().stream().mapToLong(Long::longValue).sum() + x1.missing()).isEqualTo(profile.rows());
        assertThat(x1.binEdges()).hasSize(x1.binCounts().size() + 1);
        ColumnProfile colour = profile.columns().stream().filter(c -> c.name().equals("colour")).findFirst()
                .orElseThrow();
        assertThat(colour.valueCounts()).containsOnlyKeys("red", "green", "blue");
    }

    @Test
    void modelLoadedFromTheRegistryPredictsLikeTheTrainedOne() {
        RunResult result = service.train(ana, request("random_forest"), TABLE, TrainingListener.ignoring(),
                () -> false);
        TrainedModel loaded = service.loadModel(result.run().id());
        int[] rows = IntStream.range(0, 200).toArray();
        assertThat(loaded.predict(TABLE, rows)).isEqualTo(result.outcome().model().predict(TABLE, rows));
    }

    @Test
    void reproducingARunGivesTheSameMetrics() {
        RunResult original = service.train(ana, request("decision_tree"), TABLE, TrainingListener.ignoring(),
                () -> false);
        RunResult copy = service.reproduce(ana, original.run().id(), TABLE, TrainingListener.ignoring(), () -> false);
        assertThat(copy.run().id()).isNotEqualTo(original.run().id());
        assertThat(copy.run().parentRunId()).contains(original.run().id());
        assertThat(copy.outcome().test().metrics()).isEqualTo(original.outcome().test().metrics());
        assertThat(copy.outcome().cvScores()).isEqualTo(original.outcome().cvScores());
    }

    @Test
    void reproducingOnDifferentDataIsRefused() {
        RunResult original = service.train(ana, request("decision_tree"), TABLE, TrainingListener.ignoring(),
                () -> false);
        Table other = SyntheticTables.classification(600, 2, 99);
        assertThatThrownBy(() -> service.reproduce(ana, original.run().id(), other, TrainingListener.ignoring(),
                () -> false)).isInstanceOf(WorkbenchException.class).hasMessageContaining("table differs");
    }

    @Test
    void trainEachStreamsResultsAndRecordsAFailureWithoutStoppingTheOthers() {
        List<String> events = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void runFinished(RunResult result) {
                events.add("finished " + result.run().algorithm());
            }

            @Override
            public void runFailed(String algorithm, String message) {
                events.add("failed " + algorithm);
            }
        };
        List<RunResult> results = service.trainEach(ana, request("x"), List.of("logistic_regression",
                "linear_regression", "decision_tree"), TABLE, listener, () -> false);
        assertThat(results).hasSize(2);
        assertThat(events).containsExactly("finished logistic_regression", "failed linear_regression",
                "finished decision_tree");
    }

    @Test
    void cancelledRunIsRecordedAsCancelled() {
        long[] runId = new long[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void runStarted(long id, String algorithm) {
                runId[0] = id;
            }
        };
        assertThatThrownBy(() -> service.train(ana, request("random_forest"), TABLE, listener, () -> true))
                .isInstanceOf(OperationCancelledException.class);
        TrainingRun run = service.run(runId[0]);
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.modelBlobId()).isEmpty();
        assertThat(service.artifacts(run.id())).isEmpty();
    }

    @Test
    void tuningRecordsTheBestModelWithEveryTrial() {
        List<Trial> trials = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void trialFinished(Trial trial, Trial bestSoFar) {
                synchronized (trials) {
                    trials.add(trial);
                }
            }
        };
        TuningRequest tuning = new TuningRequest(request("decision_tree"), SearchStrategy.TPE,
                List.of("maxDepth", "minChildWeight"), TuningBudget.trials(10), 3, 3, true);
        TrainingService.TunedRun tuned = service.tune(ana, tuning, TABLE, listener, () -> false);
        assertThat(trials).hasSize(10);
        assertThat(tuned.search().trials()).hasSize(10);
        Trial best = tuned.search().best().orElseThrow();
        assertThat(tuned.run().run().paramsJson()).contains("\"tuning\"", "\"trials\":10");
        assertThat(tuned.run().outcome().model().parameters()).isEqualTo(best.parameters());
        assertThat(service.metrics(tuned.run().run().id())).filteredOn(m -> m.name().equals("best_so_far"))
                .isNotEmpty();
        assertThat(service.artifacts(tuned.run().run().id())).extracting(RunArtifact::name).contains("trials.json");
    }

    @Test
    void comparingTwoRunsGivesMcNemarAndTheCorrectedTTest() {
        RunResult a = service.train(ana, request("gradient_boosting"), TABLE, TrainingListener.ignoring(),
                () -> false);
        RunResult b = service.train(ana, request("decision_tree").withSpec(TrainingSpec.of("label", "decision_tree")
                .withCvFolds(3).withParameters(Map.of("maxDepth", 1))), TABLE, TrainingListener.ignoring(),
                () -> false);
        List<ComparisonResult> results = service.compare(a.run().id(), b.run().id());
        assertThat(results).extracting(ComparisonResult::test)
                .containsExactly("McNemar", "corrected resampled t-test");
        assertThat(results).allSatisfy(r -> assertThat(r.pValue()).isBetween(0.0, 1.0));
        assertThat(results.get(0).explanation()).contains("run " + a.run().id());
    }
}
