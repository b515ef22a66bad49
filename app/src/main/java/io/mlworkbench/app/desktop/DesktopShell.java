package io.mlworkbench.app.desktop;

import io.mlworkbench.app.compare.CompareStepModule;
import io.mlworkbench.app.registry.RegistryStepModule;
import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.features.FeaturesStepModule;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.importing.DataStepModule;
import io.mlworkbench.app.overview.OverviewStepModule;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.MainWindowView;
import io.mlworkbench.app.shell.MainWindowViewModel;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.training.SampleTrainingData;
import io.mlworkbench.app.training.WorkspaceTrainingData;
import io.mlworkbench.app.training.TrainingStepModule;
import io.mlworkbench.app.view.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Wires the desktop window: the step modules (one per lifecycle screen — add new screens here), the main
 * window's view model and view. Everything arrives through the constructor; nothing is static.
 */
public final class DesktopShell {

    private static final int SAMPLE_ROWS = 5000;

    private final Messages messages;
    private final DesktopPreferences preferences;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Function<Path, WorkspaceSession> opener;
    private final ViewLoader loader;
    private final List<StepModule> modules;

    /**
     * @param messages user-visible text
     * @param preferences recent workspaces and theme
     * @param executor background work
     * @param dialogs what the user is told
     * @param opener opens another workspace (off the JavaFX thread)
     */
    public DesktopShell(Messages messages, DesktopPreferences preferences, TaskExecutor executor,
                        DialogService dialogs, Function<Path, WorkspaceSession> opener) {
        this.messages = messages;
        this.preferences = preferences;
        this.executor = executor;
        this.dialogs = dialogs;
        this.opener = opener;
        this.loader = new ViewLoader(messages);
        StepContext context = new StepContext(executor, dialogs, messages, loader);
        this.modules = List.of(new OverviewStepModule(context),
                new DataStepModule(context),
                new TrainingStepModule(context, DesktopShell::onFxThread,
                        session -> new WorkspaceTrainingData(session, messages,
                                new SampleTrainingData(SAMPLE_ROWS, messages.text("training.sample")))),
                new FeaturesStepModule(context),
                new CompareStepModule(context),
                new RegistryStepModule(context));
    }

    /**
     * Builds the main window on a stage and shows it. Call on the JavaFX thread.
     *
     * @param stage the window
     * @param initial the workspace opened at start-up
     * @return the window's view model (for the launcher to close the workspace at the end, and for tests)
     */
    public MainWindowViewModel show(Stage stage, WorkspaceSession initial) {
        preferences.rememberWorkspace(initial.directory());
        MainWindowViewModel viewModel = new MainWindowViewModel(messages, executor, dialogs, preferences, opener,
                initial);
        new MainWindowView(viewModel, messages, loader, this::stepsFor).show(stage);
        return viewModel;
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private StepRegistry stepsFor(WorkspaceSession session) {
        StepRegistry registry = new StepRegistry();
        for (StepModule module : modules) {
            module.register(registry, session);
        }
        return registry;
    }
}
