package io.mlworkbench.app.desktop;

import io.mlworkbench.app.cli.ExitCode;
import io.mlworkbench.app.cli.GuiLauncher;
import io.mlworkbench.app.dialog.FxDialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.preferences.DesktopPreferences;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.MainWindowViewModel;
import io.mlworkbench.app.task.JavaFxTaskExecutor;
import io.mlworkbench.engine.WorkbenchException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the desktop window for {@code workbench} without a subcommand. Checks for a display first, starts
 * JavaFX from the class path (no {@code Application} subclass, so no module-path tricks), opens the
 * workspace on this (non-JavaFX) thread, and blocks until the window is closed.
 */
public final class DesktopLauncher implements GuiLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every class-path
     * start; the class path is our deliberate choice (it keeps every jar), so its logger is quietened while the
     * toolkit starts. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private final DisplayCheck displayCheck;
    private final Messages messages;
    private final Path preferencesFile;

    /**
     * @param environment the process environment, to look for a display
     * @param messages user-visible text
     * @param preferencesFile where recent workspaces and the theme are remembered
     */
    public DesktopLauncher(Map<String, String> environment, Messages messages, Path preferencesFile) {
        this.displayCheck = new DisplayCheck(environment, System.getProperty("os.name"));
        this.messages = messages;
        this.preferencesFile = preferencesFile;
    }

    @Override
    public int launch(Path workspace) {
        displayCheck.problem().ifPresent(problem -> {
            throw new DisplayUnavailableException(problem);
        });
        startToolkit();
        try {
            return run(workspace);
        } finally {
            Platform.exit();
        }
    }

    private static void startToolkit() {
        java.util.logging.Level level = JAVAFX_LOG.getLevel();
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            Platform.setImplicitExit(false);
            started.join();
            JAVAFX_LOG.setLevel(level);
        } catch (RuntimeException e) {
            LOG.debug("JavaFX could not start", e);
            throw new DisplayUnavailableException(e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
        }
    }

    private int run(Path workspace) {
        WorkspaceSession session;
        try {
            session = WorkspaceSession.open(workspace);
        } catch (WorkbenchException e) {
            LOG.info("Could not open workspace {}: {}", workspace, e.getMessage());
            showStartupError(workspace, e);
            return ExitCode.FAILURE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<JavaFxTaskExecutor> executor = new AtomicReference<>();
        AtomicReference<MainWindowViewModel> window = new AtomicReference<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            JavaFxTaskExecutor tasks = new JavaFxTaskExecutor(2);
            executor.set(tasks);
            DesktopShell shell = new DesktopShell(messages, new DesktopPreferences(preferencesFile), tasks,
                    new FxDialogService(() -> stage, messages), WorkspaceSession::open);
            stage.setOnHidden(event -> closed.countDown());
            window.set(shell.show(stage, session));
        });
        awaitUninterruptibly(closed);
        CountDownLatch cleaned = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                executor.get().close();
                window.get().closeSession();
            } finally {
                cleaned.countDown();
            }
        });
        awaitUninterruptibly(cleaned);
        return ExitCode.OK;
    }

    private void showStartupError(Path workspace, WorkbenchException failure) {
        CountDownLatch dismissed = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                new DesktopPreferences(preferencesFile).theme().apply();
                new FxDialogService(() -> null, messages)
                        .showError(messages.text("error.openWorkspace", workspace), failure);
            } finally {
                dismissed.countDown();
            }
        });
        awaitUninterruptibly(dismissed);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
