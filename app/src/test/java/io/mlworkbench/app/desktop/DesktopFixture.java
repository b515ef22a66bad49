package io.mlworkbench.app.desktop;

import io.mlworkbench.app.dialog.RecordingDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.MainWindowViewModel;
import io.mlworkbench.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a workspace session, headless, for UI tests of one step. Close it after each test. */
public final class DesktopFixture {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Stage stage;
    private MainWindowViewModel window;

    /**
     * Opens the window and shows a step.
     *
     * @param session the open workspace
     * @param executor runs background work (synchronous in tests)
     * @param preferences where the window keeps its preferences
     * @param step the step to show
     * @return the fixture
     * @throws Exception when the toolkit cannot start
     */
    public static DesktopFixture open(WorkspaceSession session, TaskExecutor executor, Path preferences,
                                      LifecycleStep step) throws Exception {
        DesktopFixture fixture = new DesktopFixture();
        FxToolkit.registerPrimaryStage();
        DesktopShell shell = new DesktopShell(Messages.load(Locale.ENGLISH), new DesktopPreferences(preferences),
                executor, fixture.dialogs, WorkspaceSession::open);
        FxToolkit.setupFixture(() -> {
            fixture.stage = new Stage();
            fixture.window = shell.show(fixture.stage, session);
            fixture.window.selectByShortcut(step.shortcutDigit());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fixture;
    }

    /** @return what the user would have been told */
    public RecordingDialogService dialogs() {
        return dialogs;
    }

    /** @return the window's view model */
    public MainWindowViewModel window() {
        return window;
    }

    /** @return the window's stage */
    public Stage stage() {
        return stage;
    }

    /**
     * Closes the window and the workspace.
     *
     * @throws TimeoutException when the JavaFX thread does not answer
     */
    public void close() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            stage.close();
            window.closeSession();
        });
    }
}
