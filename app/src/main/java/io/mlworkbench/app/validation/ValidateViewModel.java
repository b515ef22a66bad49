package io.mlworkbench.app.validation;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.task.TaskHandle;
import io.mlworkbench.app.task.Work;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.Dataset;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.profile.DatasetProfile;
import io.mlworkbench.engine.validation.Rule;
import io.mlworkbench.engine.validation.SuiteSuggester;
import io.mlworkbench.engine.validation.SuiteVersion;
import io.mlworkbench.engine.validation.ValidationResult;
import io.mlworkbench.engine.validation.ValidationService;
import io.mlworkbench.engine.validation.ValidationSuite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Validate step: choose a dataset version, put a suite together (from the suggester's proposals or by hand,
 * or open a stored suite), save it as a new suite version, run it in the background and see the results. The
 * sidebar entry shows the version and whether its last result passed (done) or failed (needs attention).
 */
public final class ValidateViewModel {

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final NavigationEntry entry;
    private final SuiteDraftViewModel draft;
    private final ValidationResultsViewModel results;

    private final ObservableList<DatasetVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetVersion> version = new SimpleObjectProperty<>();
    private final ObservableList<String> suites = FXCollections.observableArrayList();
    private final StringProperty suiteName = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final BooleanProperty showingResults = new SimpleBooleanProperty();
    private final BooleanBinding canRun;
    private Table table;
    private long projectId;
    private TaskHandle running;

    /**
     * @param session the open workspace
     * @param executor background work
     * @param dialogs errors and notifications
     * @param messages user-visible text
     * @param entry the Validate step's sidebar entry, kept up to date
     */
    public ValidateViewModel(WorkspaceSession session, TaskExecutor executor, DialogService dialogs, Messages messages,
                             NavigationEntry entry) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.entry = entry;
        this.draft = new SuiteDraftViewModel(new RuleEditorViewModel(session.validation().catalog()));
        this.results = new ValidationResultsViewModel(messages);
        this.canRun = Bindings.createBooleanBinding(() -> !busy.get() && loaded.get() && !draft.rules().isEmpty()
                && !suiteName.get().isBlank(), busy, loaded, draft.rules(), suiteName);
        version.addListener((observable, before, now) -> open(now));
    }

    /** Reloads the dataset versions to choose from, keeping the chosen one when it still exists. */
    public void refresh() {
        refresh(version.get() == null ? -1 : version.get().id());
    }

    /**
     * Reloads the dataset versions and chooses one (after an import, for instance).
     *
     * @param versionId the dataset version to choose; the newest is chosen when it is not listed
     */
    public void choose(long versionId) {
        refresh(versionId);
    }

    private void refresh(long keep) {
        start(messages.text("task.listVersions"), (progress, cancel) -> allVersions(), found -> {
            versions.setAll(found);
            DatasetVersion chosen = found.stream().filter(v -> v.id() == keep).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0));
            if (version.get() == null || chosen == null || chosen.id() != version.get().id()) {
                version.set(chosen);
            }
        });
    }

    /**
     * Shows the step's state in the sidebar before the step is first opened, without loading any rows: the version
     * {@link #refresh()} would choose and whether its last validation passed. Call once when the workspace opens.
     */
    public void publishState() {
        String title = messages.text("task.listVersions");
        executor.execute(BackgroundTask.of(title, (progress, cancel) -> allVersions().stream().findFirst()
                        .map(newest -> new VersionState.Outcome(newest, VersionState.lastOutcome(session, newest))))
                .onSuccess(outcome -> {
                    if (version.get() == null) {
                        entry.subjectProperty().set(outcome.map(o -> label(o.version())).orElse(""));
                        entry.stateProperty().set(outcome.flatMap(VersionState.Outcome::passed)
                                .map(passed -> passed ? StepState.DONE : StepState.NEEDS_ATTENTION)
                                .orElse(StepState.NOT_STARTED));
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("error.validate", title), failure)));
    }

    private List<DatasetVersion> allVersions() {
        List<DatasetVersion> all = new ArrayList<>();
        for (Dataset dataset : session.allDatasets()) {
            List<DatasetVersion> ofDataset = new ArrayList<>(session.datasets().listVersions(dataset.id()));
            ofDataset.sort(Comparator.comparingInt(DatasetVersion::versionNo).reversed());
            all.addAll(ofDataset);
        }
        return all;
    }

    private void open(DatasetVersion chosen) {
        table = null;
        loaded.set(false);
        results.clear();
        showingResults.set(false);
        suites.clear();
        if (chosen == null) {
            draft.reset(new DatasetSchema(List.of()));
            entry.subjectProperty().set("");
            entry.stateProperty().set(StepState.NOT_STARTED);
            return;
        }
        draft.reset(chosen.schema());
        suiteName.set(chosen.datasetName());
        entry.subjectProperty().set(label(chosen));
        start(messages.text("task.loadVersion", label(chosen)), (progress, cancel) -> {
            progress.progress(-1, -1, messages.text("task.loadVersion", label(chosen)));
            return VersionState.load(session, chosen);
        }, state -> {
            if (version.get() == null || version.get().id() != chosen.id()) {
                return;
            }
            table = state.table();
            projectId = state.projectId();
            suites.setAll(state.suites().stream().map(ValidationSuite::name).toList());
            state.suiteRules().ifPresent(draft::load);
            state.lastResult().ifPresentOrElse(this::showResult,
                    () -> entry.stateProperty().set(StepState.NOT_STARTED));
            loaded.set(true);
        });
    }

    /** Proposes a suite from the version's profile (computed and stored first when needed). */
    public void suggest() {
        DatasetVersion chosen = version.get();
        Table data = table;
        if (chosen == null || data == null) {
            return;
        }
        start(messages.text("task.suggest", label(chosen)), (progress, cancel) -> {
            DatasetProfile profile = session.profiles().profileOf(session.actor(), chosen.id(), data, progress,
                    cancel);
            return new SuiteSuggester().suggest(profile);
        }, proposed -> {
            draft.propose(proposed);
            showingResults.set(false);
        });
    }

    /**
     * Shows the newest version of a stored suite in the editor.
     *
     * @param name the suite's name
     */
    public void openSuite(String name) {
        if (name == null || name.isBlank() || version.get() == null) {
            return;
        }
        long project = projectId;
        start(messages.text("task.openSuite", name), (progress, cancel) -> session.validation()
                .findSuite(project, name).map(s -> session.validation().latestVersion(s.id()).rules())
                .orElseThrow(() -> new WorkbenchException("No suite named '" + name + "' in this project")),
                rules -> {
                    suiteName.set(name);
                    draft.load(rules);
                });
    }

    /** Saves the rules as a new version of the named suite (creating the suite the first time). */
    public void save() {
        if (!canRun.get()) {
            return;
        }
        List<Rule> rules = draft.rulesInOrder();
        String name = suiteName.get().strip();
        long project = projectId;
        start(messages.text("task.saveSuite", name), (progress, cancel) -> saveVersion(project, name, rules),
                saved -> suiteSaved(saved));
    }

    /** Runs the suite on the dataset version in the background (saving the rules first when they changed). */
    public void run() {
        DatasetVersion chosen = version.get();
        Table data = table;
        if (!canRun.get() || chosen == null || data == null) {
            return;
        }
        List<Rule> rules = draft.rulesInOrder();
        String name = suiteName.get().strip();
        boolean mustSave = draft.changedProperty().get();
        long project = projectId;
        start(messages.text("task.validate", name, label(chosen)), (progress, cancel) -> {
            SuiteVersion suite = mustSave ? saveVersion(project, name, rules) : storedVersion(project, name, rules);
            ValidationResult result = session.validation().run(session.actor(), suite.id(), chosen.id(), data,
                    progress, cancel);
            return new Run(suite, mustSave, result);
        }, run -> {
            if (run.saved()) {
                suiteSaved(run.suite());
            }
            showResult(run.result());
            showingResults.set(true);
        });
    }

    private SuiteVersion saveVersion(long project, String name, List<Rule> rules) {
        ValidationService validation = session.validation();
        Optional<ValidationSuite> existing = validation.findSuite(project, name);
        return existing.isPresent() ? validation.saveVersion(session.actor(), existing.get().id(), rules)
                : validation.createSuite(session.actor(), project, name, rules);
    }

    private SuiteVersion storedVersion(long project, String name, List<Rule> rules) {
        Optional<ValidationSuite> existing = session.validation().findSuite(project, name);
        if (existing.isPresent()) {
            SuiteVersion latest = session.validation().latestVersion(existing.get().id());
            if (latest.rules().equals(rules)) {
                return latest;
            }
        }
        return saveVersion(project, name, rules);
    }

    private void suiteSaved(SuiteVersion saved) {
        draft.markSaved();
        if (!suites.contains(saved.suiteName())) {
            suites.add(saved.suiteName());
        }
        dialogs.notify(messages.text("validate.saved", saved.suiteName(), saved.versionNo()));
    }

    private void showResult(ValidationResult result) {
        if (table != null) {
            results.show(result.report(), table);
        }
        entry.stateProperty().set(result.success() ? StepState.DONE : StepState.NEEDS_ATTENTION);
    }

    /** Cancels the running load, suggestion or validation. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(String title, Work<T> work, Consumer<T> whenDone) {
        busy.set(true);
        activity.set(title);
        running = executor.execute(BackgroundTask.of(title, work)
                .onSuccess(whenDone)
                .onFailure(failure -> dialogs.showError(messages.text("error.validate", title), failure))
                .onCancelled(() -> dialogs.notify(messages.text("task.cancelled", title)))
                .onFinished(() -> {
                    busy.set(false);
                    activity.set("");
                }));
    }

    /**
     * @param v a dataset version
     * @return how it is named in lists, e.g. {@code adult v2 (32,561 rows)}
     */
    public String label(DatasetVersion v) {
        return messages.text("validate.versionLabel", v.datasetName(), v.versionNo(), NumberText.count(v.rowCount()));
    }

    /** A suite version saved (or found) and the result of running it. */
    private record Run(SuiteVersion suite, boolean saved, ValidationResult result) {
    }

    /** @return the dataset versions, newest first per dataset */
    public ObservableList<DatasetVersion> versions() {
        return versions;
    }

    /** @return the chosen dataset version */
    public ObjectProperty<DatasetVersion> versionProperty() {
        return version;
    }

    /** @return the names of the project's suites */
    public ObservableList<String> suites() {
        return suites;
    }

    /** @return the name the suite is saved under */
    public StringProperty suiteNameProperty() {
        return suiteName;
    }

    /** @return the suite being edited */
    public SuiteDraftViewModel draft() {
        return draft;
    }

    /** @return the results of the last run */
    public ValidationResultsViewModel results() {
        return results;
    }

    /** @return true while background work runs */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return what the background work is doing, empty when idle */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** @return true once the chosen version's rows are loaded */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** @return true when the results should be in front (after a run) */
    public BooleanProperty showingResultsProperty() {
        return showingResults;
    }

    /** @return true when the suite can be saved and run */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** @return true when the workspace has no dataset version to validate */
    public BooleanBinding noVersionsProperty() {
        return Bindings.isEmpty(versions);
    }

    /** @return the sidebar entry this screen keeps up to date */
    public NavigationEntry entry() {
        return entry;
    }
}
