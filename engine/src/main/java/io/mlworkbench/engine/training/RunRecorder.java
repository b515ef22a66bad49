package io.mlworkbench.engine.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.run.Experiment;
import io.mlworkbench.engine.training.run.ReferenceProfile;
import io.mlworkbench.engine.training.run.RunArtifact;
import io.mlworkbench.engine.training.run.RunMetric;
import io.mlworkbench.engine.training.run.RunStatus;
import io.mlworkbench.engine.training.run.TrainingRunRepository;
import io.mlworkbench.engine.training.tuning.Trial;
import io.mlworkbench.engine.training.tuning.TuningResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes runs to the registry: the {@code running} row when training starts, then in one transaction the model,
 * artifacts, metrics and the {@code finished} status (or the failure), each with its audit entry.
 */
final class RunRecorder {

    static final String MODEL = "model.tribuo.pb";
    static final String ENCODING = "feature-encoding.json";
    static final String EVALUATION = "evaluation.json";
    static final String PREDICTIONS = "test-predictions.json";
    static final String PROFILE = "reference-profile.json";
    static final String PROVENANCE = "provenance.json";
    static final String TRIALS = "trials.json";
    private static final String JSON = "application/json";
    private static final int METRIC_NAME_LENGTH = 100;

    private final RegistryDatabase database;
    private final TrainingRunRepository runs;
    private final ModelStore store;
    private final AuditLogRepository audit;
    private final Clock clock;

    RunRecorder(RegistryDatabase database, TrainingRunRepository runs, ModelStore store, AuditLogRepository audit,
                Clock clock) {
        this.database = database;
        this.runs = runs;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    long start(Actor actor, Experiment experiment, Optional<Long> parent, TrainingRequest request, String paramsJson) {
        return database.inTransaction(h -> {
            long id = runs.insertRunning(experiment.id(), parent, request.datasetVersionId(),
                    request.pipelineVersionId(), request.spec().algorithm(), paramsJson, request.spec().seed(),
                    actor.login(), clock.instant());
            audit.append(actor, "run.start", "training_run", String.valueOf(id), RunJson.write(Map.of(
                    "experiment", experiment.name(), "algorithm", request.spec().algorithm())));
            return id;
        });
    }

    RunResult finish(Actor actor, long runId, Table table, TrainingOutcome outcome, TuningResult tuning) {
        TrainedModel model = outcome.model();
        List<String> profiled = new ArrayList<>(model.encoding().inputColumns());
        profiled.add(model.encoding().target());
        ReferenceProfile profile = ReferenceProfile.of(table, profiled, outcome.split().train());
        byte[] protobuf = model.toProtobuf();
        String provenance = RunJson.provenance(model.tribuoModel());
        EvaluationReport report = new EvaluationReport(outcome.test(), outcome.validation(), outcome.cvScores(),
                outcome.importance());
        database.useTransaction(h -> {
            long modelBlob = store.put(protobuf, "application/x-protobuf");
            runs.addArtifact(runId, new RunArtifact(MODEL, "application/x-protobuf", modelBlob));
            runs.addArtifact(runId, json(ENCODING, RunJson.encoding(model.encoding())));
            runs.addArtifact(runId, json(EVALUATION, RunJson.evaluation(report)));
            runs.addArtifact(runId, json(PREDICTIONS, RunJson.predictions(outcome.testPredictions())));
            runs.addArtifact(runId, json(PROFILE, RunJson.profile(profile)));
            runs.addArtifact(runId, json(PROVENANCE, provenance.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (tuning != null) {
                runs.addArtifact(runId, json(TRIALS, RunJson.write(tuning.trials())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            runs.addMetrics(runId, metrics(outcome, tuning));
            runs.finish(runId, provenance, modelBlob, clock.instant());
            audit.append(actor, "run.finish", "training_run", String.valueOf(runId), RunJson.write(Map.of(
                    outcome.test().primaryMetric(), outcome.test().primary())));
        });
        return new RunResult(runs.find(runId).orElseThrow(), outcome);
    }

    void stop(Actor actor, long runId, RunStatus status, String error) {
        database.useTransaction(h -> {
            runs.stop(runId, status, error, clock.instant());
            audit.append(actor, "run." + status.dbValue(), "training_run", String.valueOf(runId),
                    RunJson.write(Map.of("error", String.valueOf(error))));
        });
    }

    byte[] artifact(long runId, String name) {
        return store.get(runs.artifacts(runId).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Run " + runId + " has no " + name
                        + " (it did not finish, or was recorded by an older build)")).blobId());
    }

    byte[] blob(long blobId) {
        return store.get(blobId);
    }

    private RunArtifact json(String name, byte[] bytes) {
        return new RunArtifact(name, JSON, store.put(bytes, JSON));
    }

    private static List<RunMetric> metrics(TrainingOutcome outcome, TuningResult tuning) {
        List<RunMetric> metrics = new ArrayList<>();
        add(metrics, "test", outcome.test());
        outcome.validation().ifPresent(v -> add(metrics, "validation", v));
        for (int f = 0; f < outcome.cvScores().size(); f++) {
            metrics.add(new RunMetric("cv", outcome.test().primaryMetric(), f, outcome.cvScores().get(f)));
        }
        metrics.add(new RunMetric("train", "train_seconds", 0, outcome.trainSeconds()));
        metrics.add(new RunMetric("train", "train_rows", 0, outcome.split().train().length));
        metrics.add(new RunMetric("test", "rows", 0, outcome.split().test().length));
        if (tuning != null) {
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < tuning.trials().size(); i++) {
                Trial t = tuning.trials().get(i);
                if (!Double.isNaN(t.score())) {
                    metrics.add(new RunMetric("tuning", "score", i + 1, t.score()));
                }
                if (t.isComplete()) {
                    best = Math.max(best, t.score());
                }
                if (best > Double.NEGATIVE_INFINITY) {
                    metrics.add(new RunMetric("tuning", "best_so_far", i + 1, best));
                }
            }
        }
        return metrics;
    }

    private static void add(List<RunMetric> metrics, String split, Evaluation e) {
        e.metrics().forEach((name, value) -> {
            if (Double.isFinite(value)) {
                metrics.add(new RunMetric(split, name.length() > METRIC_NAME_LENGTH
                        ? name.substring(0, METRIC_NAME_LENGTH) : name, 0, value));
            }
        });
    }
}
