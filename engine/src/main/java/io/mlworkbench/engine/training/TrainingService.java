package io.mlworkbench.engine.training;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.training.algorithm.AlgorithmCatalog;
import io.mlworkbench.engine.training.algorithm.AlgorithmSpec;
import io.mlworkbench.engine.training.algorithm.ParameterValues;
import io.mlworkbench.engine.training.compare.ModelComparison;
import io.mlworkbench.engine.training.compare.ComparisonResult;
import io.mlworkbench.engine.training.evaluation.DataSplit;
import io.mlworkbench.engine.training.evaluation.Splitter;
import io.mlworkbench.engine.training.run.Experiment;
import io.mlworkbench.engine.training.run.ExperimentRepository;
import io.mlworkbench.engine.training.run.ReferenceProfile;
import io.mlworkbench.engine.training.run.RunArtifact;
import io.mlworkbench.engine.training.run.RunMetric;
import io.mlworkbench.engine.training.run.RunStatus;
import io.mlworkbench.engine.training.run.TrainingRun;
import io.mlworkbench.engine.training.run.TrainingRunRepository;
import io.mlworkbench.engine.training.tuning.Trial;
import io.mlworkbench.engine.training.tuning.TuningResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training use cases for the command line ({@code workbench train}) and the GUI Train and Compare steps:
 * train one or several algorithms, tune one, reproduce a run, load a run's model and compare two runs. Every
 * run is recorded in the registry with its spec, metrics, curves, provenance, model and reference profile;
 * results stream to a {@link TrainingListener} as each model or trial finishes.
 */
public final class TrainingService {

    private final RegistryDatabase database;
    private final ModelTrainer trainer;
    private final ExperimentRepository experiments;
    private final TrainingRunRepository runs;
    private final RunRecorder recorder;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param catalog the algorithms
     * @param audit the audit log
     * @param clock the clock
     * @param threads threads training may use (e.g. the number of cores)
     */
    public TrainingService(RegistryDatabase database, AlgorithmCatalog catalog, AuditLogRepository audit, Clock clock,
                           int threads) {
        this.database = database;
        this.trainer = new ModelTrainer(catalog, threads);
        this.experiments = new ExperimentRepository(database.jdbi());
        this.runs = new TrainingRunRepository(database.jdbi());
        this.recorder = new RunRecorder(database, runs, new ModelStore(database.jdbi(), clock), audit, clock);
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the algorithm catalog, for forms and {@code --help} */
    public AlgorithmCatalog catalog() {
        return trainer.catalog();
    }

    /**
     * Finds or creates an experiment.
     *
     * @param actor who creates it if needed
     * @param projectId the project
     * @param name the experiment's name
     * @return the experiment
     */
    public Experiment experiment(Actor actor, long projectId, String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new WorkbenchException("An experiment needs a name of 1-200 characters, got '" + name + "'");
        }
        return database.inTransaction(h -> experiments.findByName(projectId, name.strip()).orElseGet(() -> {
            Experiment e = experiments.insert(projectId, name.strip(), actor.login(), clock.instant());
            audit.append(actor, "experiment.create", "experiment", String.valueOf(e.id()),
                    RunJson.write(java.util.Map.of("project", projectId, "name", e.name())));
            return e;
        }));
    }

    /**
     * @param projectId a project
     * @return its experiments by name
     */
    public List<Experiment> experiments(long projectId) {
        return experiments.findByProject(projectId);
    }

    /**
     * Trains, evaluates and records one model.
     *
     * @param actor who trains
     * @param request what to train and where to file it
     * @param table the data
     * @param listener told when the run starts and finishes
     * @param cancel checked between stages; a cancelled run is recorded as cancelled
     * @return the recorded run and its outcome
     */
    public RunResult train(Actor actor, TrainingRequest request, Table table, TrainingListener listener,
                           CancellationToken cancel) {
        return trainRecorded(actor, request, table, Optional.empty(), null, listener, cancel);
    }

    /**
     * Trains several algorithms one after another on the same split, streaming each result. A failing algorithm
     * is reported to the listener and recorded as failed; the others go on. Cancelling stops the batch.
     *
     * @param actor who trains
     * @param request the base request (its algorithm is replaced by each of {@code algorithms})
     * @param algorithms algorithm ids
     * @param table the data
     * @param listener told as each run starts, finishes or fails
     * @param cancel checked between and within runs
     * @return the runs that finished
     */
    public List<RunResult> trainEach(Actor actor, TrainingRequest request, List<String> algorithms, Table table,
                                     TrainingListener listener, CancellationToken cancel) {
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < algorithms.size(); i++) {
            cancel.throwIfCancelled("training of " + algorithms.size() + " models");
            String algorithm = algorithms.get(i);
            listener.progress(i, algorithms.size(), "Training " + algorithm);
            try {
                results.add(train(actor, request.withSpec(request.spec().withAlgorithm(algorithm)), table, listener,
                        cancel));
            } catch (OperationCancelledException e) {
                throw e;
            } catch (WorkbenchException e) {
                listener.runFailed(algorithm, e.getMessage());
            }
        }
        listener.progress(algorithms.size(), algorithms.size(), "Trained " + results.size() + " models");
        return results;
    }

    /**
     * Tunes an algorithm's hyperparameters by cross-validation on the training rows, then trains the best values
     * on all training rows and records that model as one run holding every trial (metrics split {@code tuning},
     * artifact {@code trials.json}).
     *
     * @param actor who tunes
     * @param request the tuning request
     * @param table the data
     * @param listener told about each trial and the final run
     * @param cancel stops the search
     * @return the recorded run of the best model and the search's trials
     */
    public TunedRun tune(Actor actor, TuningRequest request, Table table, TrainingListener listener,
                         CancellationToken cancel) {
        TrainingSpec spec = request.training().spec();
        ModelTrainer.Problem problem = trainer.problem(table, spec);
        DataSplit split = Splitter.split(table, problem.rows(), problem.strata(), spec.split(), spec.seed());
        AlgorithmSpec algorithm = trainer.catalog().spec(spec.algorithm());
        TuningResult result = new TuningSession(trainer, request, table, problem, split, algorithm)
                .run(listener, cancel);
        Trial best = result.best().orElseThrow(() -> new WorkbenchException("Tuning of " + algorithm.displayName()
                + " finished no trial (" + result.trials().size() + " trials failed or were pruned); "
                + result.trials().stream().map(Trial::error).filter(e -> !e.isEmpty()).findFirst()
                .orElse("check the data and the parameter ranges")));
        TrainingRequest bestRequest = request.training().withSpec(spec.withParameters(best.parameters().values()));
        RunResult run = trainRecorded(actor, bestRequest, table, Optional.empty(), result, listener, cancel);
        return new TunedRun(run, result);
    }

    /**
     * A tuning run's outcome.
     *
     * @param run the recorded run of the model trained with the best values
     * @param search every trial
     */
    public record TunedRun(RunResult run, TuningResult search) {
    }

    /**
     * Reproduces a run: the same spec, seed and split on the same data, recorded as a new run whose parent is the
     * original. Refuses a table whose content differs from the one the run was trained on.
     *
     * @param actor who reproduces it
     * @param runId the run to reproduce
     * @param table the same data as the original run's
     * @param listener told when the new run starts and finishes
     * @param cancel checked between stages
     * @return the new run
     */
    public RunResult reproduce(Actor actor, long runId, Table table, TrainingListener listener,
                               CancellationToken cancel) {
        TrainingRun original = run(runId);
        TrainingSpec spec = RunJson.readSpec(original.paramsJson());
        String expected = RunJson.fingerprint(original.paramsJson());
        ModelTrainer.Problem problem = trainer.problem(table, spec);
        String actual = TableFingerprint.of(table, fingerprintColumns(table, problem.target()));
        if (expected != null && !expected.equals(actual)) {
            throw new WorkbenchException("Cannot reproduce run " + runId + ": the table differs from the data it was"
                    + " trained on (content hash " + actual.substring(0, 12) + " instead of "
                    + expected.substring(0, 12) + "); load dataset version "
                    + original.datasetVersionId().map(String::valueOf).orElse("used by the run"));
        }
        Experiment experiment = experiments.findById(original.experimentId()).orElseThrow();
        TrainingRequest request = new TrainingRequest(experiment.projectId(), experiment.name(),
                original.datasetVersionId(), original.pipelineVersionId(), spec);
        return trainRecorded(actor, request, table, Optional.of(runId), null, listener, cancel);
    }

    /**
     * @param runId a run id
     * @return the run
     * @throws WorkbenchException when there is no such run
     */
    public TrainingRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new WorkbenchException("No training run with id " + runId));
    }

    /**
     * @param experimentId an experiment
     * @return its runs, oldest first
     */
    public List<TrainingRun> runs(long experimentId) {
        return runs.findByExperiment(experimentId);
    }

    /**
     * @param runId a run
     * @return its stored metrics
     */
    public List<RunMetric> metrics(long runId) {
        return runs.metrics(runId);
    }

    /**
     * Loads a finished run's model from its protobuf bytes and stored encoding.
     *
     * @param runId the run
     * @return the model, ready to predict on tables with the same input columns
     */
    public TrainedModel loadModel(long runId) {
        TrainingRun run = run(runId);
        if (run.status() != RunStatus.FINISHED || run.modelBlobId().isEmpty()) {
            throw new WorkbenchException("Run " + runId + " has no model: its status is "
                    + run.status().dbValue());
        }
        TrainingSpec spec = RunJson.readSpec(run.paramsJson());
        ParameterValues values = trainer.catalog().spec(run.algorithm()).resolve(spec.parameters());
        return new TrainedModel(run.algorithm(), values, run.seed(),
                RunJson.readEncoding(recorder.artifact(runId, RunRecorder.ENCODING)),
                TrainedModel.readProtobuf(recorder.blob(run.modelBlobId().get())));
    }

    /**
     * @param runId a finished run
     * @return its evaluation: metrics, curves, confusion matrix, fold scores, importance
     */
    public EvaluationReport evaluation(long runId) {
        return RunJson.readEvaluation(recorder.artifact(runId, RunRecorder.EVALUATION));
    }

    /**
     * @param runId a finished run
     * @return the reference profile of its training inputs, for drift monitoring
     */
    public ReferenceProfile referenceProfile(long runId) {
        return RunJson.readProfile(recorder.artifact(runId, RunRecorder.PROFILE));
    }

    /**
     * @param runId a finished run
     * @return the artifacts stored with it
     */
    public List<RunArtifact> artifacts(long runId) {
        return runs.artifacts(runId);
    }

    /**
     * Tests whether two finished runs differ: McNemar's test on their test-set predictions (same split needed)
     * and, when both were cross-validated on the same folds, the corrected resampled t-test.
     *
     * @param runA a run
     * @param runB another run
     * @return the tests' p-values with a sentence explaining each
     */
    public List<ComparisonResult> compare(long runA, long runB) {
        TestPredictions a = RunJson.readPredictions(recorder.artifact(runA, RunRecorder.PREDICTIONS));
        TestPredictions b = RunJson.readPredictions(recorder.artifact(runB, RunRecorder.PREDICTIONS));
        EvaluationReport ea = evaluation(runA);
        EvaluationReport eb = evaluation(runB);
        boolean shared = !a.labels().isEmpty() && java.util.Arrays.equals(a.rows(), b.rows());
        boolean[] correctA = shared ? correct(a) : null;
        boolean[] correctB = shared ? correct(b) : null;
        return ModelComparison.compare("run " + runA, "run " + runB, correctA, correctB, ea.cvScores(), eb.cvScores(),
                ea.test().primaryMetric());
    }

    private static boolean[] correct(TestPredictions p) {
        boolean[] c = new boolean[p.rows().length];
        for (int i = 0; i < c.length; i++) {
            c[i] = p.isCorrect(i);
        }
        return c;
    }

    private RunResult trainRecorded(Actor actor, TrainingRequest request, Table table, Optional<Long> parent,
                                    TuningResult tuning, TrainingListener listener, CancellationToken cancel) {
        TrainingSpec spec = request.spec();
        AlgorithmSpec algorithm = trainer.catalog().spec(spec.algorithm());
        ModelTrainer.Problem problem = trainer.problem(table, spec);
        ParameterValues values = algorithm.resolve(spec.parameters());
        Experiment experiment = experiment(actor, request.projectId(), request.experimentName());
        String paramsJson = RunJson.withFingerprint(RunJson.spec(spec, values, problem.target(), problem.task()),
                TableFingerprint.of(table, fingerprintColumns(table, problem.target())), tuning);
        long runId = recorder.start(actor, experiment, parent, request, paramsJson);
        listener.runStarted(runId, spec.algorithm());
        try {
            DataSplit split = Splitter.split(table, problem.rows(), problem.strata(), spec.split(), spec.seed());
            TrainingOutcome outcome = trainer.train(table, spec, problem, split, cancel);
            RunResult result = recorder.finish(actor, runId, table, outcome, tuning);
            listener.runFinished(result);
            return result;
        } catch (OperationCancelledException e) {
            recorder.stop(actor, runId, RunStatus.CANCELLED, e.getMessage());
            throw e;
        } catch (WorkbenchException e) {
            recorder.stop(actor, runId, RunStatus.FAILED, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            recorder.stop(actor, runId, RunStatus.FAILED, String.valueOf(e));
            throw new WorkbenchException("Training " + algorithm.displayName() + " failed: " + e.getMessage(), e);
        }
    }

    private static List<String> fingerprintColumns(Table table, String target) {
        List<String> columns = new ArrayList<>();
        for (var c : table.schema().columns()) {
            if (c.role() == io.mlworkbench.engine.data.ColumnRole.FEATURE || c.name().equals(target)) {
                columns.add(c.name());
            }
        }
        return columns;
    }
}
