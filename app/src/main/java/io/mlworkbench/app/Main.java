package io.mlworkbench.app;

import io.mlworkbench.app.cli.CliContext;
import io.mlworkbench.app.cli.CliOutput;
import io.mlworkbench.app.cli.WorkbenchCli;
import io.mlworkbench.app.desktop.DesktopLauncher;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.workspace.WorkspaceLocator;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code workbench} launcher. Deliberately not a JavaFX {@code Application}, so that JavaFX runs from the
 * plain class path; it runs the picocli command line, which opens the window when no command is given.
 */
public final class Main {

    /** Tribuo logs every trainer step at INFO through java.util.logging; the app shows progress itself. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    private Main() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        WorkspaceLocator locator = WorkspaceLocator.ofSystem();
        Path preferences = Path.of(System.getProperty("user.home"), ".mlworkbench", "desktop.properties");
        DesktopLauncher desktop = new DesktopLauncher(System.getenv(), Messages.load(Locale.getDefault()),
                preferences);
        int exitCode = new WorkbenchCli(new CliContext(CliOutput.system(), locator, desktop)).run(args);
        System.exit(exitCode);
    }
}
