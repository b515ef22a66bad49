package io.mlworkbench.app.overview;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.ByteSize;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.workspace.WorkspaceInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The overview's state and actions: workspace facts, counts per kind, projects (create, archive) and the
 * recent audit log filtered by actor and action. All database work runs through the {@link TaskExecutor}.
 */
public final class WorkspaceOverviewViewModel {

    /** How many audit entries the overview reads. */
    static final int AUDIT_LIMIT = 300;

    private static final AuditFilter RECENT_AUDIT = new AuditFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), AUDIT_LIMIT);

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final NavigationEntry entry;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schemaVersion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workspaceId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ObservableList<CountItem> counts = FXCollections.observableArrayList();
    private final ObservableList<ProjectRow> projects = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> auditRows = FXCollections.observableArrayList();
    private final FilteredList<AuditRow> filteredAudit = new FilteredList<>(auditRows);
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObjectProperty<String> actorFilter = new SimpleObjectProperty<>();
    private final StringProperty actionFilter = new SimpleStringProperty("");
    private final StringProperty newProjectName = new SimpleStringProperty("");
    private final StringProperty newProjectDescription = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canCreate;

    /**
     * @param session the open workspace
     * @param executor runs database work off the UI thread
     * @param dialogs errors, confirmations, notifications
     * @param messages user-visible text
     * @param entry the overview's sidebar entry, kept up to date
     */
    public WorkspaceOverviewViewModel(WorkspaceSession session, TaskExecutor executor, DialogService dialogs,
                                      Messages messages, NavigationEntry entry) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.entry = entry;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneId.systemDefault());
        this.canCreate = Bindings.createBooleanBinding(() -> !busy.get() && !newProjectName.get().isBlank(),
                busy, newProjectName);
        newProjectName.addListener((observable, before, now) -> nameError.set(""));
        actorFilter.addListener((observable, before, now) -> applyAuditFilter());
        actionFilter.addListener((observable, before, now) -> applyAuditFilter());
        entry.subjectProperty().set(session.directory().getFileName().toString());
    }

    /** Reloads everything from the registry in the background. */
    public void refresh() {
        executor.execute(BackgroundTask.of(messages.text("task.loadOverview"), (progress, cancel) ->
                new OverviewSnapshot(session.info(), session.projects().list(),
                        session.auditEntries(RECENT_AUDIT)))
                .onSuccess(this::show)
                .onFailure(failure -> dialogs.showError(messages.text("error.loadOverview"), failure)));
    }

    private void show(OverviewSnapshot snapshot) {
        WorkspaceInfo info = snapshot.info();
        folder.set(info.directory().toString());
        database.set(withoutSettings(info.databaseUrl()));
        schemaVersion.set(info.schemaVersion());
        workspaceId.set(info.workspaceId());
        created.set(messages.text("overview.createdBy", time.format(info.createdAt()), info.createdByVersion()));
        size.set(ByteSize.format(info.databaseBytes()));
        counts.setAll(info.counts().entrySet().stream().map(this::countItem).toList());
        projects.setAll(snapshot.projects().stream().map(this::projectRow).toList());
        String keepActor = actorFilter.get();
        auditRows.setAll(snapshot.auditEntries().stream().map(this::auditRow).toList());
        actors.setAll(new TreeSet<>(snapshot.auditEntries().stream().map(AuditEntry::actor).toList()));
        actorFilter.set(actors.contains(keepActor) ? keepActor : null);
        applyAuditFilter();
        entry.stateProperty().set(projects.stream().anyMatch(p -> !p.archived()) ? StepState.DONE
                : StepState.NOT_STARTED);
    }

    /** Drops the JDBC URL's {@code ;KEY=value} settings, which tell the user nothing. */
    private static String withoutSettings(String url) {
        int settings = url.indexOf(';');
        return settings < 0 ? url : url.substring(0, settings);
    }

    private CountItem countItem(Map.Entry<String, Long> count) {
        String label = switch (count.getKey()) {
            case "project" -> messages.text("overview.count.project");
            case "dataset" -> messages.text("overview.count.dataset");
            case "dataset_version" -> messages.text("overview.count.datasetVersion");
            case "validation_suite" -> messages.text("overview.count.validationSuite");
            case "feature_pipeline" -> messages.text("overview.count.featurePipeline");
            case "experiment" -> messages.text("overview.count.experiment");
            case "training_run" -> messages.text("overview.count.trainingRun");
            case "registered_model" -> messages.text("overview.count.registeredModel");
            case "model_version" -> messages.text("overview.count.modelVersion");
            case "deployment" -> messages.text("overview.count.deployment");
            case "prediction_log" -> messages.text("overview.count.prediction");
            case "drift_report" -> messages.text("overview.count.driftReport");
            case "alert" -> messages.text("overview.count.alert");
            case "audit_log" -> messages.text("overview.count.auditEntry");
            default -> count.getKey();
        };
        return new CountItem(label, count.getValue());
    }

    private ProjectRow projectRow(Project project) {
        String status = project.archivedAt().map(at -> messages.text("project.status.archived", day.format(at)))
                .orElse(messages.text("project.status.active"));
        return new ProjectRow(project.name(), project.description(), project.createdBy(),
                format(project.createdAt()), project.archivedAt().isPresent(), status);
    }

    private AuditRow auditRow(AuditEntry entry) {
        return new AuditRow(format(entry.occurredAt()), entry.actor(), entry.action(),
                entry.objectType() + " " + entry.objectRef());
    }

    private String format(Instant instant) {
        return time.format(instant);
    }

    private void applyAuditFilter() {
        String actor = actorFilter.get();
        String action = actionFilter.get() == null ? "" : actionFilter.get().strip().toLowerCase(Locale.ROOT);
        filteredAudit.setPredicate(row -> (actor == null || actor.equals(row.actor()))
                && (action.isEmpty() || row.action().toLowerCase(Locale.ROOT).contains(action)));
    }

    /** Creates a project from the name and description fields; an invalid name is shown next to the field. */
    public void createProject() {
        if (!canCreate.get()) {
            return;
        }
        String name = newProjectName.get();
        String description = newProjectDescription.get();
        busy.set(true);
        executor.execute(BackgroundTask.of(messages.text("task.createProject", name), (progress, cancel) ->
                        session.projects().create(session.actor(), name, description))
                .onSuccess(project -> {
                    newProjectName.set("");
                    newProjectDescription.set("");
                    dialogs.notify(messages.text("project.created", project.name()));
                    refresh();
                })
                .onFailure(this::projectFailed)
                .onFinished(() -> busy.set(false)));
    }

    /**
     * Archives a project after the user confirms.
     *
     * @param row the project to archive
     */
    public void archiveProject(ProjectRow row) {
        if (row == null || row.archived()) {
            return;
        }
        if (!dialogs.confirm(messages.text("project.archive.confirm", row.name()),
                messages.text("project.archive.explanation"))) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("task.archiveProject", row.name()), (progress, cancel) -> {
            session.projects().archive(session.actor(), row.name());
            return row;
        }).onSuccess(archived -> refresh()).onFailure(this::projectFailed));
    }

    private void projectFailed(Throwable failure) {
        if (failure instanceof WorkbenchException) {
            nameError.set(failure.getMessage());
        } else {
            dialogs.showError(messages.text("error.project"), failure);
        }
    }

    /** Clears both audit filters. */
    public void clearAuditFilter() {
        actorFilter.set(null);
        actionFilter.set("");
    }

    /** @return the workspace folder */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** @return the registry's JDBC URL */
    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** @return the registry schema version */
    public ReadOnlyStringProperty schemaVersionProperty() {
        return schemaVersion.getReadOnlyProperty();
    }

    /** @return the workspace id */
    public ReadOnlyStringProperty workspaceIdProperty() {
        return workspaceId.getReadOnlyProperty();
    }

    /** @return when and by which version the workspace was created */
    public ReadOnlyStringProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** @return the registry size on disk */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** @return how many objects of each kind the workspace holds */
    public ObservableList<CountItem> counts() {
        return counts;
    }

    /** @return the projects, active first */
    public ObservableList<ProjectRow> projects() {
        return projects;
    }

    /** @return the audit rows that pass the filters, newest first */
    public ObservableList<AuditRow> auditRows() {
        return filteredAudit;
    }

    /** @return the actors that appear in the loaded audit entries */
    public ObservableList<String> actors() {
        return actors;
    }

    /** @return the actor to show, or null for everyone */
    public ObjectProperty<String> actorFilterProperty() {
        return actorFilter;
    }

    /** @return text the action must contain, empty for all */
    public StringProperty actionFilterProperty() {
        return actionFilter;
    }

    /** @return the name typed for a new project */
    public StringProperty newProjectNameProperty() {
        return newProjectName;
    }

    /** @return the description typed for a new project */
    public StringProperty newProjectDescriptionProperty() {
        return newProjectDescription;
    }

    /** @return why the last create or archive failed, empty when it did not */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** @return true while a project is being created */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** @return true when the create button should be enabled */
    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** @return true when there are no projects yet: the view shows what to do first */
    public BooleanBinding noProjectsProperty() {
        return Bindings.isEmpty(projects);
    }

    /** @return the sidebar entry this screen keeps up to date */
    public NavigationEntry entry() {
        return entry;
    }
}
