/**
 * Starting the desktop window from the command line: checking for a display, starting JavaFX, opening the
 * first workspace off the JavaFX thread and wiring the shell's views and view models.
 */
package io.mlworkbench.app.desktop;
