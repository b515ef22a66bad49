package io.mlworkbench.app.importing;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.task.TaskHandle;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.dataset.ImportRequest;
import io.mlworkbench.engine.data.dataset.ImportResult;
import io.mlworkbench.engine.data.dataset.ImportSource;
import io.mlworkbench.engine.data.ingest.ImportOptions;
import io.mlworkbench.engine.data.ingest.RaggedRowException;
import io.mlworkbench.engine.project.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Import step: choose a source (the sample, a file, a dropped file, or a database query), check the preview
 * made with the sniffed dialect, change the dialect (the preview is made again in the background) and the columns'
 * names, types and roles, then import into a project's dataset in the background with progress and cancel. An
 * engine error is shown with its message and details; a ragged row can be skipped by importing again.
 */
public final class ImportViewModel {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 100;
    /** The file names offered by the chooser and accepted by drag-and-drop. */
    public static final List<String> FILE_PATTERNS = List.of("*.csv", "*.tsv", "*.txt", "*.data", "*.xlsx", "*.mlwb");

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final NavigationEntry entry;
    private final ProfileViewModel profile;
    private final ImportPreviewViewModel preview = new ImportPreviewViewModel();
    private final DatabaseQueryForm query;
    private final ObservableList<String> projects = FXCollections.observableArrayList();
    private final StringProperty projectName = new SimpleStringProperty("default");
    private final StringProperty datasetName = new SimpleStringProperty("");
    private final BooleanProperty skipRaggedRows = new SimpleBooleanProperty();
    private final BooleanProperty widenTypes = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ImportSource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sourceLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper raggedRowFailure = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DatasetVersion> imported = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canImport;
    private int previewGeneration;
    private TaskHandle previewTask;
    private TaskHandle importTask;
    private Consumer<DatasetVersion> onValidate = version -> { };

    /**
     * @param session the open workspace
     * @param executor background work
     * @param dialogs file choosers, errors, notifications
     * @param messages user-visible text
     * @param entry the Import step's sidebar entry, kept up to date
     */
    public ImportViewModel(WorkspaceSession session, TaskExecutor executor, DialogService dialogs, Messages messages,
                           NavigationEntry entry) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.entry = entry;
        this.query = new DatabaseQueryForm(messages);
        this.profile = new ProfileViewModel(session, executor, dialogs, messages);
        this.canImport = Bindings.createBooleanBinding(() -> source.get() != null && !previewing.get()
                        && !importing.get() && !preview.columns().isEmpty() && !datasetName.get().isBlank()
                        && !projectName.get().isBlank(),
                source, previewing, importing, preview.columns(), datasetName, projectName);
        preview.onChange(this::runPreview);
    }

    /** @param action what "Validate this version" does with the imported version */
    public void onValidate(Consumer<DatasetVersion> action) {
        this.onValidate = action;
    }

    /** Lists the projects to import into, in the background. */
    public void refreshProjects() {
        executor.execute(BackgroundTask.of(messages.text("task.listProjects"), (p, cancel) -> session.projects().list())
                .onSuccess(found -> projects.setAll(found.stream().filter(pr -> pr.archivedAt().isEmpty())
                        .map(Project::name).toList())));
    }

    /** Lets the user choose a CSV, TSV or Excel file, then previews it. */
    public void chooseFile() {
        dialogs.chooseFile(messages.text("import.choose.title"), messages.text("import.choose.filter"),
                FILE_PATTERNS).ifPresent(this::openFile);
    }

    /** Previews the bundled sample, {@code churn.csv} (written into the workspace first when not found). */
    public void openSample() {
        executor.execute(BackgroundTask.of(messages.text("task.openSample"),
                        (p, cancel) -> SampleDataset.churn(session.directory()))
                .onSuccess(this::openFile)
                .onFailure(failure -> dialogs.showError(messages.text("error.openSample"), failure)));
    }

    /**
     * Previews a file (chosen or dropped), sniffing everything.
     *
     * @param file the file
     */
    public void openFile(Path file) {
        start(ImportSource.ofFile(file), file.getFileName().toString(), SampleDataset.datasetNameOf(file));
    }

    /** Previews the database query of the query form. */
    public void previewQuery() {
        query.toSource().ifPresent(q -> start(q, query.describe(), "query"));
    }

    private void start(ImportSource chosen, String label, String suggestedName) {
        source.set(chosen);
        sourceLabel.set(label);
        datasetName.set(suggestedName);
        skipRaggedRows.set(false);
        outcome.set(null);
        imported.set(null);
        profile.clear();
        preview.clear(chosen instanceof ImportSource.CsvFile);
        runPreview(ImportOptions.defaults());
    }

    /**
     * @param fileName a file's name
     * @return true when its extension is one the import reads (see {@link #FILE_PATTERNS})
     */
    public static boolean isImportable(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return FILE_PATTERNS.stream().anyMatch(pattern -> lower.endsWith(pattern.substring(1)));
    }

    /** Goes back to the empty state: no source chosen. */
    public void reset() {
        cancel();
        source.set(null);
        sourceLabel.set("");
        preview.clear(false);
        clearError();
        outcome.set(null);
        imported.set(null);
        profile.clear();
    }

    private void runPreview(ImportOptions options) {
        ImportSource chosen = source.get();
        int generation = ++previewGeneration;
        if (previewTask != null) {
            previewTask.cancel();
        }
        previewing.set(true);
        previewTask = executor.execute(BackgroundTask.of(messages.text("task.preview", sourceLabel.get()),
                        (p, cancel) -> session.datasets().preview(chosen, options, PREVIEW_ROWS, cancel))
                .onSuccess(result -> {
                    if (generation == previewGeneration) {
                        clearError();
                        preview.show(result);
                    }
                })
                .onFailure(failure -> {
                    if (generation == previewGeneration) {
                        showError(failure);
                    }
                })
                .onFinished(() -> {
                    if (generation == previewGeneration) {
                        previewing.set(false);
                    }
                }));
    }

    /** Imports the source with the current settings in the background. */
    public void importData() {
        if (!canImport.get()) {
            return;
        }
        Optional<ImportOptions> options;
        ImportRequest request;
        try {
            options = preview.importOptions(skipRaggedRows.get(), widenTypes.get());
            if (options.isEmpty()) {
                error.set(preview.dialect().errorProperty().get());
                return;
            }
            request = new ImportRequest(session.actor(), projectName.get(), datasetName.get(), source.get(),
                    options.get());
        } catch (WorkbenchException e) {
            showError(e);
            return;
        }
        clearError();
        outcome.set(null);
        importing.set(true);
        progress.unbind();
        progressMessage.unbind();
        importTask = executor.execute(BackgroundTask.of(messages.text("task.import", sourceLabel.get(),
                        request.datasetName()),
                        (p, cancel) -> session.datasets().importData(request, p, cancel))
                .onSuccess(this::imported)
                .onFailure(this::showError)
                .onCancelled(() -> error.set(messages.text("import.cancelled")))
                .onFinished(() -> {
                    importing.set(false);
                    progress.unbind();
                    progressMessage.unbind();
                }));
        if (importing.get()) {
            progress.bind(importTask.progressProperty());
            progressMessage.bind(importTask.messageProperty());
        }
    }

    private void imported(ImportResult result) {
        outcome.set(ImportOutcome.of(result, messages));
        imported.set(result.version());
        entry.stateProperty().set(StepState.DONE);
        entry.subjectProperty().set(messages.text("import.subject", result.version().datasetName(),
                result.version().versionNo()));
        if (!projects.contains(result.version().projectName())) {
            projects.add(result.version().projectName());
        }
    }

    /** Turns on skipping ragged rows and imports again (offered after a ragged-row error). */
    public void skipRaggedRowsAndRetry() {
        skipRaggedRows.set(true);
        importData();
    }

    /** Cancels the running preview or import; the engine stops at its next checkpoint and keeps nothing. */
    public void cancel() {
        if (importTask != null) {
            importTask.cancel();
        }
        if (previewTask != null) {
            previewTask.cancel();
        }
    }

    /** Shows the profile of the imported version (computed once and stored). */
    public void profileImported() {
        if (imported.get() != null) {
            profile.load(imported.get());
        }
    }

    /** Leads to the Validate step with the imported version chosen. */
    public void validateImported() {
        if (imported.get() != null) {
            onValidate.accept(imported.get());
        }
    }

    private void showError(Throwable failure) {
        if (!(failure instanceof WorkbenchException)) {
            dialogs.showError(messages.text("error.import", sourceLabel.get()), failure);
        }
        error.set(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        List<String> problems = preview.problems();
        errorDetails.set(String.join("\n", problems) + (problems.isEmpty() ? "" : "\n\n") + trace);
        raggedRowFailure.set(failure instanceof RaggedRowException && !skipRaggedRows.get());
    }

    private void clearError() {
        error.set("");
        errorDetails.set("");
        raggedRowFailure.set(false);
    }

    /** @return the preview: dialect controls, rows, column settings, findings and problems */
    public ImportPreviewViewModel preview() {
        return preview;
    }

    /** @return the database query form */
    public DatabaseQueryForm query() {
        return query;
    }

    /** @return the profile of the imported version */
    public ProfileViewModel profile() {
        return profile;
    }

    /** @return the projects to import into */
    public ObservableList<String> projects() {
        return projects;
    }

    /** @return the project to import into (created when missing) */
    public StringProperty projectNameProperty() {
        return projectName;
    }

    /** @return the dataset to import into (a new version when it exists) */
    public StringProperty datasetNameProperty() {
        return datasetName;
    }

    /** @return whether rows with the wrong number of fields are skipped and counted */
    public BooleanProperty skipRaggedRowsProperty() {
        return skipRaggedRows;
    }

    /** @return whether a column's type is widened when a later value does not fit it */
    public BooleanProperty widenTypesProperty() {
        return widenTypes;
    }

    /** @return the chosen source, null in the empty state */
    public ReadOnlyObjectProperty<ImportSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** @return the source's name for the user */
    public ReadOnlyStringProperty sourceLabelProperty() {
        return sourceLabel.getReadOnlyProperty();
    }

    /** @return true while a preview is being made */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** @return true while importing */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** @return the import's progress, 0 to 1 or -1 when unknown */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** @return what the import is doing now */
    public StringProperty progressMessageProperty() {
        return progressMessage;
    }

    /** @return the engine's message for the last failure, empty when none */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return the preview's problems and the failure's stack trace, for the details expander */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    /** @return true when the last import failed on a ragged row and skipping such rows is offered */
    public ReadOnlyBooleanProperty raggedRowFailureProperty() {
        return raggedRowFailure.getReadOnlyProperty();
    }

    /** @return what the last import made, null before */
    public ReadOnlyObjectProperty<ImportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** @return the version the last import made or found, null before */
    public ReadOnlyObjectProperty<DatasetVersion> importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** @return true when the Import button should be enabled */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** @return the sidebar entry this screen keeps up to date */
    public NavigationEntry entry() {
        return entry;
    }
}
