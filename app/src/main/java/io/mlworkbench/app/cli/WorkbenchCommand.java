package io.mlworkbench.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code workbench}: without a subcommand it opens the desktop window. */
@Command(name = "workbench", mixinStandardHelpOptions = true, versionProvider = BuildVersionProvider.class,
        description = {"MLOps Workbench: the whole machine-learning lifecycle for tabular data on one laptop.",
            "Without a command, opens the desktop window."},
        subcommands = {WorkspaceCommand.class, ImportCommand.class, DatasetsCommand.class, ValidateCommand.class,
                FeaturesCommand.class, TrainCommand.class, RunsCommand.class, CompareCommand.class,
                ModelsCommand.class},
        footer = {"", "Workspace: --workspace DIR, else $MLWB_WORKSPACE, else ~/.mlworkbench/default.",
            "No display? Use the commands above, or run the window on a virtual display:",
            "  xvfb-run ./workbench",
            "Exit codes: 0 success, 1 failure (message on stderr), 2 usage error."})
public final class WorkbenchCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The workspace folder (created when missing).")
    private Path workspace;

    /** @param context output, workspace locator and window launcher */
    public WorkbenchCommand(CliContext context) {
        this.context = context;
    }

    /** @return the workspace folder chosen by option, environment or default */
    Path workspaceDirectory() {
        return context.locator().resolve(Optional.ofNullable(workspace));
    }

    @Override
    public Integer call() {
        return context.gui().launch(workspaceDirectory());
    }
}
