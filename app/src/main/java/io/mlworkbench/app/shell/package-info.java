/**
 * The main window: the lifecycle sidebar (a {@link io.mlworkbench.app.shell.StepRegistry} of the steps that
 * exist), the menu bar, the status bar with background tasks, and the switch between workspaces.
 */
package io.mlworkbench.app.shell;
