package io.mlworkbench.app.training;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.task.TaskHandle;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.training.EvaluationReport;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingSpec;
import io.mlworkbench.engine.training.algorithm.TaskType;
import io.mlworkbench.engine.training.encoding.FeatureEncoder;
import io.mlworkbench.engine.training.tuning.SearchStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Train step's state and actions: which project, table and target; the algorithms with their parameter
 * forms; optionally a fitted feature set applied to the table; the split and tuning settings ({@link TrainSettings}); the running batch with a progress row per model
 * and trial points for tuning; the finished runs (best highlighted) and the selected run's evaluation; and
 * reproducing a run. All engine work goes through the {@link TaskExecutor}; results arrive through {@code ui}.
 */
public final class TrainViewModel {

    private final WorkspaceSession session;
    private final TrainingData data;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final NavigationEntry entry;
    private final Executor ui;
    private final TrainSettings settings = new TrainSettings();
    private final RunHistory history;
    private final RunReproduction reproduction;

    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObservableList<DatasetChoice> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetChoice> dataset = new SimpleObjectProperty<>();
    private final FeatureSetOptions featureSets;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TaskType> task = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper tableSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<AlgorithmOption> algorithms = FXCollections.observableArrayList();
    private final ObservableList<ProgressRow> progressRows = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<TrialPoint> trials = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper bestRunId = new ReadOnlyLongWrapper(-1);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RunRow> selectedRun = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<EvaluationReport> evaluation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reproduceResult = new ReadOnlyStringWrapper("");
    private Table table;
    private TaskHandle batch;

    /**
     * @param session the open workspace (projects, training service, actor)
     * @param data where tables come from
     * @param executor runs engine work off the UI thread
     * @param dialogs errors and notifications
     * @param messages user-visible text
     * @param entry the Train step's sidebar entry, kept up to date
     * @param ui runs streamed results on the UI thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public TrainViewModel(WorkspaceSession session, TrainingData data, TaskExecutor executor, DialogService dialogs,
                          Messages messages, NavigationEntry entry, Executor ui) {
        this.session = session;
        this.data = data;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.entry = entry;
        this.ui = ui;
        this.history = new RunHistory(session.training());
        this.reproduction = new RunReproduction(session, data, messages);
        this.featureSets = new FeatureSetOptions(FeatureSetChoice.raw(messages.text("training.features.raw"),
                messages.text("training.features.raw.tooltip")), () -> loadTable(dataset.get(), true));
        project.addListener((observable, before, now) -> loadDatasets(now));
        dataset.addListener((observable, before, now) -> {
            if (!running.get()) { // the last batch's progress belongs to the table it trained on
                progressRows.clear();
                trials.clear();
            }
            featureSets.reset();
            loadFeatureSets(now);
            loadTable(now, false);
            loadHistory(now);
        });
        target.addListener((observable, before, now) -> targetChanged(now));
        selectedRun.addListener((observable, before, now) -> loadEvaluation(now));
        settings.addListener(this::check);
    }

    /** Reloads the projects (and with them the tables) in the background. */
    public void refresh() {
        executor.execute(BackgroundTask.of(messages.text("training.task.load"), (progress, cancel) ->
                        session.projects().list().stream().filter(p -> p.archivedAt().isEmpty()).toList())
                .onSuccess(list -> {
                    Project keep = project.get();
                    projects.setAll(list);
                    project.set(list.stream().filter(p -> keep != null && p.id() == keep.id()).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                    if (keep != null && keep.equals(project.get())) {
                        loadHistory(dataset.get());
                    }
                    check();
                })
                .onFailure(failure -> dialogs.showError(messages.text("training.error.load"), failure)));
    }

    private void loadDatasets(Project now) {
        datasets.clear();
        dataset.set(null);
        if (now == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("training.task.load"), (progress, cancel) ->
                        data.choices(now))
                .onSuccess(list -> {
                    datasets.setAll(list);
                    dataset.set(list.isEmpty() ? null : list.get(0));
                })
                .onFailure(failure -> dialogs.showError(messages.text("training.error.load"), failure)));
    }

    private void replaceFeatureSets(List<FeatureSetChoice> fitted) {
        if (!featureSets.replace(fitted)) {
            loadTable(dataset.get(), true);
        }
    }

    private void loadFeatureSets(DatasetChoice choice) {
        replaceFeatureSets(List.of());
        Project owner = project.get();
        if (choice == null || owner == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("training.task.load"), (progress, cancel) ->
                        data.featureSets(owner, choice))
                .onSuccess(list -> {
                    if (choice.equals(dataset.get())) {
                        replaceFeatureSets(list);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("training.error.load"), failure)));
    }

    /** Loads the chosen table, transformed by the chosen feature set; {@code keepTarget} keeps a target it has. */
    private void loadTable(DatasetChoice choice, boolean keepTarget) {
        String previous = keepTarget ? target.get() : null;
        table = null;
        columns.clear();
        target.set(null);
        tableSummary.set("");
        if (choice == null) {
            check();
            return;
        }
        FeatureSetChoice features = features();
        String title = features.isRaw() ? messages.text("training.task.loadTable", choice.label())
                : messages.text("training.task.features", features.name(), choice.label());
        executor.execute(BackgroundTask.of(title, (progress, cancel) -> features.isRaw() ? data.load(choice)
                        : data.loadFeatures(choice, features, progress, cancel))
                .onSuccess(loaded -> {
                    if (!choice.equals(dataset.get()) || !features.equals(features())) {
                        return; // the user chose another table or feature set meanwhile
                    }
                    table = loaded;
                    tableSummary.set(messages.text("training.table.summary", loaded.rowCount(),
                            loaded.schema().size()));
                    columns.setAll(loaded.schema().names());
                    target.set(columns.contains(previous) ? previous : loaded.schema().target()
                            .map(ColumnSchema::name).orElse(columns.get(columns.size() - 1)));
                    entry.subjectProperty().set(choice.label());
                })
                .onFailure(failure -> dialogs.showError(messages.text("training.error.loadTable"), failure)));
    }

    /**
     * Shows the finished runs the workspace already holds for the chosen project and table, keeping any run that
     * streamed in meanwhile, and the selected run when it is among them.
     */
    private void loadHistory(DatasetChoice choice) {
        Project owner = project.get();
        if (choice == null || owner == null) {
            runs.clear();
            selectedRun.set(null);
            bestRunId.set(-1);
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("training.task.history", choice.label()),
                        (progress, cancel) -> history.finishedRuns(owner.id(), choice))
                .onSuccess(earlier -> {
                    if (!choice.equals(dataset.get()) || !owner.equals(project.get())) {
                        return;
                    }
                    Map<Long, RunRow> merged = new TreeMap<>();
                    earlier.forEach(row -> merged.put(row.runId(), row));
                    runs.forEach(row -> merged.putIfAbsent(row.runId(), row));
                    RunRow keep = selectedRun.get();
                    runs.setAll(merged.values());
                    selectedRun.set(keep == null ? null : merged.get(keep.runId()));
                    markBest();
                    if (!running.get()) { // the sidebar tells whether this table has trained models
                        entry.stateProperty().set(runs.isEmpty() ? StepState.NOT_STARTED : StepState.DONE);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("training.error.history"), failure)));
    }

    private void targetChanged(String column) {
        TaskType inferred = column == null || table == null ? null : FeatureEncoder.inferTask(table, column);
        if (inferred != task.get()) {
            task.set(inferred);
            List<AlgorithmOption> options = inferred == null ? List.of()
                    : session.training().catalog().specs(inferred).stream().map(AlgorithmOption::new).toList();
            for (AlgorithmOption option : options) {
                option.selectedProperty().addListener((observable, before, now) -> check());
                option.tuneProperty().addListener((observable, before, now) -> check());
                option.fields().forEach(f -> f.errorProperty().addListener((observable, before, now) -> check()));
            }
            options.stream().limit(2).forEach(o -> o.selectedProperty().set(true));
            algorithms.setAll(options);
        }
        check();
    }

    private void check() {
        problem.set(findProblem().orElse(""));
    }

    private Optional<String> findProblem() {
        if (project.get() == null) {
            return Optional.of(messages.text("training.problem.project"));
        }
        if (table == null || target.get() == null) {
            return Optional.of(messages.text("training.problem.data"));
        }
        List<AlgorithmOption> chosen = chosen();
        if (chosen.isEmpty()) {
            return Optional.of(messages.text("training.problem.algorithm"));
        }
        for (AlgorithmOption option : chosen) {
            if (!option.tuneProperty().get() && !option.isValid()) {
                return Optional.of(messages.text("training.problem.parameters", option.spec().displayName()));
            }
        }
        Optional<String> split = settings.problem(messages);
        if (split.isPresent()) {
            return split;
        }
        if (chosen.stream().anyMatch(o -> o.tuneProperty().get())) {
            return settings.tuningProblem(messages);
        }
        return Optional.empty();
    }

    private List<AlgorithmOption> chosen() {
        return algorithms.stream().filter(o -> o.selectedProperty().get()).toList();
    }

    /** Trains the chosen algorithms in the background; each finished run appears in {@link #runs()}. */
    public void start() {
        if (running.get() || findProblem().isPresent()) {
            return;
        }
        List<PlannedModel> models = new ArrayList<>();
        for (AlgorithmOption option : chosen()) {
            boolean tune = option.tuneProperty().get();
            String name = tune ? messages.text("training.row.tuning", option.spec().displayName())
                    : option.spec().displayName();
            models.add(new PlannedModel(option.spec().id(), option.spec().displayName(),
                    tune ? java.util.Map.of() : option.values(), tune,
                    new ProgressRow(name, messages.text("training.status.waiting"))));
        }
        progressRows.setAll(models.stream().map(PlannedModel::row).toList());
        trials.clear();
        TrainingSpec spec = settings.spec(target.get());
        TrainingRequest request = new TrainingRequest(project.get().id(), experimentName(),
                dataset.get().versionId(), features().pipelineVersionId(), spec);
        TrainingBatchTask work = new TrainingBatchTask(session.training(), session.actor(), request, table,
                settings.tuning(), messages, ui, this::runFinished, trials::add);
        running.set(true);
        batch = executor.execute(BackgroundTask.of(messages.text("training.task.train", models.size()),
                        (progress, cancel) -> work.run(models, cancel))
                .onSuccess(done -> dialogs.notify(messages.text("training.finished", done, models.size())))
                .onCancelled(() -> progressRows.stream().filter(r -> r.runningProperty().get())
                        .forEach(r -> r.end(messages.text("training.status.cancelled"))))
                .onFailure(failure -> dialogs.showError(messages.text("training.error.train"), failure))
                .onFinished(() -> {
                    running.set(false);
                    entry.stateProperty().set(runs.isEmpty() ? StepState.NOT_STARTED : StepState.DONE);
                }));
    }

    private String experimentName() {
        FeatureSetChoice features = features();
        return features.isRaw() ? experimentPrefix(dataset.get()) + target.get()
                : dataset.get().label() + " + " + features.name() + " → " + target.get();
    }

    private FeatureSetChoice features() {
        return featureSets.chosen();
    }

    /**
     * @param choice a table
     * @return how the names of the experiments trained on it begin
     */
    static String experimentPrefix(DatasetChoice choice) {
        return choice.label() + " → ";
    }

    private void runFinished(RunRow row) {
        if (runs.stream().noneMatch(r -> r.runId() == row.runId())) {
            runs.add(row);
        }
        markBest();
        if (selectedRun.get() == null) {
            selectedRun.set(row);
        }
    }

    private void markBest() {
        bestRunId.set(runs.stream().max(Comparator.comparingDouble(r -> Double.isNaN(r.primary())
                ? Double.NEGATIVE_INFINITY : r.primary())).map(RunRow::runId).orElse(-1L));
    }

    /** Stops the whole batch. */
    public void cancelAll() {
        progressRows.forEach(ProgressRow::cancel);
        if (batch != null) {
            batch.cancel();
        }
    }

    private void loadEvaluation(RunRow row) {
        evaluation.set(null);
        reproduceResult.set("");
        if (row == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("training.task.evaluation", row.runId()),
                        (progress, cancel) -> session.training().evaluation(row.runId()))
                .onSuccess(report -> {
                    if (row.equals(selectedRun.get())) {
                        evaluation.set(report);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("training.error.evaluation"), failure)));
    }

    /**
     * Retrains the selected run with its stored spec and seed, on the dataset version it was trained on (reloaded;
     * the loaded table when the run has none), and says whether the metrics match.
     */
    public void reproduce() {
        RunRow row = selectedRun.get();
        if (row == null || table == null) {
            return;
        }
        Table loaded = table;
        reproduceResult.set(messages.text("training.reproduce.running", row.runId()));
        executor.execute(BackgroundTask.of(messages.text("training.task.reproduce", row.runId()),
                        (progress, cancel) -> reproduction.reproduce(row.runId(), loaded, cancel))
                .onSuccess(result -> {
                    reproduceResult.set(reproduction.describe(row, result));
                    loadHistory(dataset.get()); // the reproduction is a run of its own: list it
                })
                .onCancelled(() -> reproduceResult.set(""))
                .onFailure(failure -> {
                    reproduceResult.set("");
                    dialogs.showError(messages.text("training.error.reproduce"), failure);
                }));
    }

    /** @return the split, evaluation and tuning settings */
    public TrainSettings settings() {
        return settings;
    }

    /** @return the active projects */
    public ObservableList<Project> projects() {
        return projects;
    }

    /** @return the chosen project */
    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    /** @return the tables of the chosen project */
    public ObservableList<DatasetChoice> datasets() {
        return datasets;
    }

    /** @return the chosen table */
    public ObjectProperty<DatasetChoice> datasetProperty() {
        return dataset;
    }

    /** @return "raw columns" and the fitted feature set versions that can be applied to the chosen table */
    public ObservableList<FeatureSetChoice> featureSets() {
        return featureSets.choices();
    }

    /** @return the chosen feature set, "raw columns" for none; choosing one applies it in the background */
    public ObjectProperty<FeatureSetChoice> featureSetProperty() {
        return featureSets.chosenProperty();
    }

    /** @return the loaded table's columns */
    public ObservableList<String> columns() {
        return columns;
    }

    /** @return the target column */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    /** @return the task inferred from the target's type, null without a target */
    public ReadOnlyObjectProperty<TaskType> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** @return rows and columns of the loaded table, in words */
    public ReadOnlyStringProperty tableSummaryProperty() {
        return tableSummary.getReadOnlyProperty();
    }

    /** @return the algorithms for the inferred task, each with its form */
    public ObservableList<AlgorithmOption> algorithms() {
        return algorithms;
    }

    /** @return one row per model of the current batch */
    public ObservableList<ProgressRow> progressRows() {
        return progressRows;
    }

    /** @return the finished runs on the chosen table: the workspace's earlier ones and this session's, by id */
    public ObservableList<RunRow> runs() {
        return runs;
    }

    /** @return the tuning trials of the current batch, in order */
    public ObservableList<TrialPoint> trials() {
        return trials;
    }

    /** @return the id of the best finished run, -1 before any */
    public ReadOnlyLongProperty bestRunIdProperty() {
        return bestRunId.getReadOnlyProperty();
    }

    /** @return true while a batch runs */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** @return why Start is not possible, empty when it is */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return the run whose details are shown */
    public ObjectProperty<RunRow> selectedRunProperty() {
        return selectedRun;
    }

    /** @return the selected run's evaluation, null until loaded */
    public ReadOnlyObjectProperty<EvaluationReport> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** @return the outcome of the last reproduce, in words */
    public ReadOnlyStringProperty reproduceResultProperty() {
        return reproduceResult.getReadOnlyProperty();
    }

    /** @return true when the user has no project yet: the view says what to do first */
    public javafx.beans.binding.BooleanBinding noProjectsProperty() {
        return javafx.beans.binding.Bindings.isEmpty(projects);
    }
}
