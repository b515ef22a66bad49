package io.mlworkbench.app.features;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.project.Project;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Features step: which project, dataset version and target the pipeline is built on, and the parts that
 * work on them — the step editor, the live preview, saving as a feature set and the feature store. Fitting only
 * ever reads the training split ({@link TrainingSplit#DEFAULT_SHARE} of the rows, seed
 * {@link TrainingSplit#DEFAULT_SEED}).
 */
public final class FeaturesViewModel {

    /** The two pages of the step. */
    public enum Page {
        /** Build a pipeline. */
        BUILD,
        /** Browse the feature store. */
        STORE
    }

    private final FeatureServices services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final NavigationEntry entry;
    private final PipelineEditorViewModel editor;
    private final FeaturePreviewViewModel preview;
    private final FeatureSetSaveViewModel save;
    private final FeatureStoreViewModel store;
    private final ObservableList<String> projects = FXCollections.observableArrayList();
    private final ObjectProperty<String> project = new SimpleObjectProperty<>();
    private final ObservableList<DatasetVersionChoice> versions = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetVersionChoice> version = new SimpleObjectProperty<>();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.BUILD);
    private final ReadOnlyStringWrapper splitNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    private Table table;
    private TrainingSplit split;

    /**
     * @param services the engine services
     * @param executor runs engine work off the UI thread
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param entry the step's sidebar entry, kept up to date
     * @param debouncer waits for a pause in editing before the preview and the search run
     */
    public FeaturesViewModel(FeatureServices services, TaskExecutor executor, DialogService dialogs,
                             Messages messages, NavigationEntry entry, Debouncer debouncer) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.entry = entry;
        this.editor = new PipelineEditorViewModel(services.catalog(), messages);
        this.preview = new FeaturePreviewViewModel(executor, messages, new FeaturePreviewer(services.fitter()),
                debouncer);
        this.save = new FeatureSetSaveViewModel(services, executor, dialogs, messages);
        this.store = new FeatureStoreViewModel(services, executor, dialogs, messages, debouncer);
        this.canSave = Bindings.createBooleanBinding(() -> version.get() != null && !loading.get()
                        && !editor.steps().isEmpty() && editor.validProperty().get() && !save.busyProperty().get()
                        && !save.nameProperty().get().isBlank(), version, loading, editor.steps(),
                editor.validProperty(), save.busyProperty(), save.nameProperty());
        project.addListener((observable, before, now) -> loadVersions());
        version.addListener((observable, before, now) -> loadTable());
        target.addListener((observable, before, now) -> inputChanged());
        editor.onStepsChanged(this::stepsChanged);
        editor.selectedProperty().addListener((observable, before, now) -> editor.selectedStepColumn()
                .filter(preview.distributionColumns()::contains).ifPresent(preview.distributionColumnProperty()::set));
        store.onUse(this::use);
    }

    /** Reloads the projects and the feature store from the registry. */
    public void refresh() {
        executor.execute(BackgroundTask.of(messages.text("features.task.projects"), (progress, cancel) ->
                        services.projects().list().stream().filter(p -> p.archivedAt().isEmpty()).map(Project::name)
                                .toList())
                .onSuccess(names -> {
                    String keep = project.get();
                    projects.setAll(names);
                    project.set(names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0));
                    if (Objects.equals(keep, project.get())) {
                        loadVersions();
                    }
                    updateHint();
                })
                .onFailure(failure -> dialogs.showError(messages.text("features.error.load"), failure)));
        store.refresh();
    }

    private void loadVersions() {
        String name = project.get();
        if (name == null) {
            versions.clear();
            version.set(null);
            updateHint();
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("features.task.versions", name), (progress, cancel) ->
                        services.data().versions(name))
                .onSuccess(found -> {
                    if (!name.equals(project.get())) {
                        return;
                    }
                    DatasetVersionChoice keep = version.get();
                    versions.setAll(found);
                    version.set(found.contains(keep) ? keep : found.isEmpty() ? null : found.get(0));
                    updateHint();
                })
                .onFailure(failure -> dialogs.showError(messages.text("features.error.load"), failure)));
    }

    private void loadTable() {
        DatasetVersionChoice chosen = version.get();
        table = null;
        split = null;
        preview.clear();
        if (chosen == null) {
            targets.clear();
            splitNote.set("");
            editor.setInput(null, target.get());
            updateHint();
            return;
        }
        loading.set(true);
        updateHint();
        executor.execute(BackgroundTask.of(messages.text("features.task.load", chosen.dataset(), chosen.versionNo()),
                        (progress, cancel) -> services.data().load(chosen.id()))
                .onSuccess(loaded -> {
                    if (chosen.equals(version.get())) {
                        show(loaded);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("features.error.load"), failure))
                .onFinished(() -> {
                    loading.set(false);
                    updateHint();
                }));
    }

    private void show(Table loaded) {
        table = loaded;
        split = TrainingSplit.of(loaded.rowCount(), TrainingSplit.DEFAULT_SHARE, TrainingSplit.DEFAULT_SEED);
        splitNote.set(messages.text("features.split", split.size(), split.total(), Math.round(split.share() * 100),
                split.seed()));
        String keep = target.get();
        targets.setAll(loaded.schema().names());
        String chosen = keep != null && targets.contains(keep) ? keep
                : loaded.schema().target().map(ColumnSchema::name).orElse(null);
        if (Objects.equals(chosen, target.get())) {
            inputChanged();
        } else {
            target.set(chosen);
        }
    }

    private void inputChanged() {
        editor.setInput(table == null ? null : table.schema().names(), target.get());
        requestPreview();
    }

    private void stepsChanged() {
        requestPreview();
        updateHint();
    }

    private void requestPreview() {
        DatasetVersionChoice chosen = version.get();
        int count = editor.steps().size();
        entry.subjectProperty().set(chosen == null ? "" : messages.text("features.subject", chosen.dataset(),
                chosen.versionNo(), count));
        if (table == null) {
            return;
        }
        var definition = editor.definition(target.get());
        preview.request(table, split, definition, result -> editor.showPreview(result, definition.steps()));
    }

    /** Saves the pipeline as a feature set version fitted on the chosen dataset version. */
    public void saveFeatureSet() {
        if (!canSave.get()) {
            return;
        }
        save.save(new SaveRequest(project.get(), version.get(), table, split, editor.definition(target.get())),
                saved -> {
                    entry.stateProperty().set(StepState.DONE);
                    store.reveal(saved.set().id());
                });
    }

    private void use(FeatureSet set, FeatureSetVersion chosen) {
        editor.replaceSteps(chosen.definition().steps());
        String wanted = chosen.definition().target();
        if (wanted != null && targets.contains(wanted)) {
            target.set(wanted);
        }
        save.link(set);
        page.set(Page.BUILD);
        dialogs.notify(messages.text("features.store.used", set.name(), chosen.versionNo(), set.projectName()));
    }

    private void updateHint() {
        if (projects.isEmpty()) {
            hint.set(messages.text("features.hint.noProject"));
        } else if (versions.isEmpty()) {
            hint.set(messages.text("features.hint.noDataset", project.get()));
        } else if (table == null) {
            hint.set(loading.get() ? messages.text("features.hint.loading") : messages.text("features.hint.noVersion"));
        } else if (editor.steps().isEmpty()) {
            hint.set(messages.text("features.hint.noSteps"));
        } else {
            hint.set("");
        }
    }

    /** @return the step editor */
    public PipelineEditorViewModel editor() {
        return editor;
    }

    /** @return the live preview */
    public FeaturePreviewViewModel preview() {
        return preview;
    }

    /** @return the save form */
    public FeatureSetSaveViewModel save() {
        return save;
    }

    /** @return the feature store panel */
    public FeatureStoreViewModel store() {
        return store;
    }

    /** @return the active projects */
    public ObservableList<String> projects() {
        return projects;
    }

    /** @return the project worked on */
    public ObjectProperty<String> projectProperty() {
        return project;
    }

    /** @return the project's dataset versions, newest first */
    public ObservableList<DatasetVersionChoice> versions() {
        return versions;
    }

    /** @return the dataset version the pipeline is fitted on */
    public ObjectProperty<DatasetVersionChoice> versionProperty() {
        return version;
    }

    /**
     * @param choice a dataset version
     * @return how it is shown, e.g. "churn v1 (5,000 rows)"
     */
    public String describe(DatasetVersionChoice choice) {
        return choice == null ? "" : messages.text("features.dataset.version", choice.dataset(), choice.versionNo(),
                choice.rowCount());
    }

    /** @return the columns the target may be chosen from */
    public ObservableList<String> targets() {
        return targets;
    }

    /** @return the target column, passed through unchanged; null for none */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    /** @return which page is shown */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** @return how many rows the pipeline is fitted on, and that only those are read */
    public ReadOnlyStringProperty splitNoteProperty() {
        return splitNote.getReadOnlyProperty();
    }

    /** @return what to do next, empty when the pipeline is under way */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** @return true when the pipeline can be saved as a feature set */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** @return the step's sidebar entry */
    public NavigationEntry entry() {
        return entry;
    }
}
