package io.mlworkbench.app.cli;

import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.compare.RunChoice;
import io.mlworkbench.app.session.WorkspaceSession;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench runs}: lists finished training runs; {@code show} and {@code reproduce} one. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List finished training runs, newest first.",
        subcommands = {RunShowCommand.class, RunReproduceCommand.class})
public final class RunsCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private WorkbenchCommand root;

    @Option(names = "--experiment", paramLabel = "NAME", description = "Only runs of this experiment.")
    private String experiment;

    /** @param context where to write */
    public RunsCommand(CliContext context) {
        this.context = context;
    }

    /** @return the root command, which knows the workspace folder */
    WorkbenchCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        try (WorkspaceSession session = WorkspaceSession.open(root.workspaceDirectory())) {
            CliOutput out = context.output();
            out.line(String.format(Locale.ROOT, "%-6s %-28s %-24s %s", "run", "experiment", "algorithm", "test"));
            for (RunChoice run : new RunCatalog(session.projects(), session.training()).finishedRuns()) {
                if (experiment == null || experiment.equals(run.experiment())) {
                    out.line(String.format(Locale.ROOT, "%-6d %-28s %-24s %s", run.runId(), run.experiment(),
                            run.algorithm(), run.primary()));
                }
            }
        }
        return ExitCode.OK;
    }
}
