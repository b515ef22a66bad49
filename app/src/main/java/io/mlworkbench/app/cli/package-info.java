/**
 * The {@code workbench} command line (picocli). Each subcommand is its own class, registered on
 * {@link io.mlworkbench.app.cli.WorkbenchCommand}; all output goes through
 * {@link io.mlworkbench.app.cli.CliOutput}, the only class that writes to standard output and error.
 */
package io.mlworkbench.app.cli;
