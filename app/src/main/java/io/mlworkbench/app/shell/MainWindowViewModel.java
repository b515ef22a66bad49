package io.mlworkbench.app.shell;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.theme.Theme;
import io.mlworkbench.engine.BuildInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The main window's state: the open workspace, the sidebar entries and selection, recent workspaces, the
 * theme and the background-task summary. Opening another workspace runs off the JavaFX thread and closes
 * the previous one only once the new one is open.
 */
public final class MainWindowViewModel {

    private final Messages messages;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DesktopPreferences preferences;
    private final Function<Path, WorkspaceSession> opener;

    private final ReadOnlyObjectWrapper<WorkspaceSession> session = new ReadOnlyObjectWrapper<>();
    private final ObservableList<NavigationEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<NavigationEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final StringBinding workspacePath;
    private final StringBinding windowTitle;
    private final StringBinding taskSummary;

    /**
     * @param messages user-visible text
     * @param executor runs the workspace opening off the UI thread
     * @param dialogs errors and choosers
     * @param preferences recent workspaces and theme
     * @param opener opens a workspace folder (the composition root)
     * @param initial the workspace opened at start-up
     */
    public MainWindowViewModel(Messages messages, TaskExecutor executor, DialogService dialogs,
                               DesktopPreferences preferences, Function<Path, WorkspaceSession> opener,
                               WorkspaceSession initial) {
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.opener = opener;
        this.session.set(initial);
        this.recentWorkspaces.setAll(preferences.recentWorkspaces());
        this.theme.set(preferences.theme());
        this.theme.addListener((observable, before, now) -> preferences.setTheme(now));
        this.workspacePath = Bindings.createStringBinding(
                () -> session.get() == null ? "" : session.get().directory().toString(), session);
        this.windowTitle = Bindings.createStringBinding(() -> session.get() == null ? messages.text("app.title")
                : messages.text("app.titleWithWorkspace", session.get().directory().getFileName()), session);
        this.taskSummary = Bindings.createStringBinding(
                () -> messages.text("status.tasks", executor.runningCount().get()), executor.runningCount());
    }

    /** @return the open workspace */
    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** @return the sidebar entries, in lifecycle order */
    public ObservableList<NavigationEntry> entries() {
        return entries;
    }

    /** @return the entry whose view is shown */
    public ObjectProperty<NavigationEntry> selectedProperty() {
        return selected;
    }

    /** @return recent workspace folders, most recent first */
    public ObservableList<Path> recentWorkspaces() {
        return recentWorkspaces;
    }

    /** @return the theme; changing it is remembered */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** @return true while another workspace is being opened */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /** @return the open workspace's folder, for the status bar */
    public StringBinding workspacePath() {
        return workspacePath;
    }

    /** @return the window title, naming the workspace */
    public StringBinding windowTitle() {
        return windowTitle;
    }

    /** @return e.g. "2 tasks running", for the status bar */
    public StringBinding taskSummary() {
        return taskSummary;
    }

    /** @return the running background tasks, for the task list */
    public ObservableList<Task<?>> runningTasks() {
        return executor.runningTasks();
    }

    /**
     * Shows the entries registered for the open workspace, keeping the selected step when it still exists.
     *
     * @param registered the entries in lifecycle order
     */
    public void showEntries(List<NavigationEntry> registered) {
        LifecycleStep previous = selected.get() == null ? null : selected.get().step();
        entries.setAll(registered);
        registered.forEach(entry -> entry.onShow(() -> selected.set(entry)));
        selected.set(registered.stream().filter(e -> e.step() == previous).findFirst()
                .orElse(registered.isEmpty() ? null : registered.get(0)));
    }

    /**
     * Selects a step by its shortcut digit; ignored when that step does not exist.
     *
     * @param digit 0 for the overview, 1-8 for the lifecycle steps
     */
    public void selectByShortcut(int digit) {
        entries.stream().filter(e -> e.step().shortcutDigit() == digit).findFirst().ifPresent(selected::set);
    }

    /** Lets the user choose a workspace folder, then opens it. */
    public void chooseWorkspace() {
        Path start = session.get() == null ? null : session.get().directory().getParent();
        dialogs.chooseDirectory(messages.text("workspace.choose"), start).ifPresent(this::openWorkspace);
    }

    /**
     * Opens another workspace in the background; the current one stays open until the new one is ready.
     *
     * @param directory the workspace folder
     */
    public void openWorkspace(Path directory) {
        Path target = directory.toAbsolutePath().normalize();
        if (opening.get()) {
            return;
        }
        if (session.get() != null && session.get().directory().equals(target)) {
            dialogs.notify(messages.text("workspace.alreadyOpen", target));
            return;
        }
        opening.set(true);
        executor.execute(BackgroundTask.of(messages.text("task.openWorkspace", target), (progress, cancel) -> {
            progress.progress(-1, -1, messages.text("task.openWorkspace", target));
            WorkspaceSession opened = opener.apply(target);
            preferences.rememberWorkspace(target);
            return opened;
        }).onSuccess(this::switchTo)
                .onFailure(failure -> dialogs.showError(messages.text("error.openWorkspace", target), failure))
                .onFinished(() -> opening.set(false)));
    }

    private void switchTo(WorkspaceSession opened) {
        Optional<WorkspaceSession> previous = Optional.ofNullable(session.get());
        session.set(opened);
        recentWorkspaces.setAll(preferences.recentWorkspaces());
        previous.ifPresent(old -> executor.execute(BackgroundTask.of(
                messages.text("task.closeWorkspace", old.directory()), (progress, cancel) -> {
                    old.close();
                    return old;
                }).onFailure(failure -> dialogs.showError(
                        messages.text("error.closeWorkspace", old.directory()), failure))));
    }

    /** Shows the product name and version. */
    public void showAbout() {
        dialogs.showInformation(messages.text("about.headline", BuildInfo.version()), messages.text("about.text"));
    }

    /** Closes the open workspace; called once when the window closes. */
    public void closeSession() {
        WorkspaceSession open = session.get();
        if (open != null) {
            session.set(null);
            open.close();
        }
    }
}
