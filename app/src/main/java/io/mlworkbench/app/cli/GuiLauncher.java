package io.mlworkbench.app.cli;

import java.nio.file.Path;

/** Opens the desktop window; what {@code workbench} does without a subcommand. */
@FunctionalInterface
public interface GuiLauncher {

    /**
     * Opens the main window on a workspace and returns when it is closed.
     *
     * @param workspace the workspace folder to open
     * @return the exit code
     * @throws io.mlworkbench.engine.WorkbenchException when no display is available
     */
    int launch(Path workspace);
}
