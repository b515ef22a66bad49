package io.mlworkbench.app.cli;

import io.mlworkbench.engine.workspace.WorkspaceLocator;

/**
 * What every command gets through its constructor: where to write, how to find the workspace and how to
 * open the window.
 *
 * @param output the one output channel
 * @param locator resolves {@code --workspace}, {@code MLWB_WORKSPACE} and the default folder
 * @param gui opens the desktop window
 */
public record CliContext(CliOutput output, WorkspaceLocator locator, GuiLauncher gui) {
}
