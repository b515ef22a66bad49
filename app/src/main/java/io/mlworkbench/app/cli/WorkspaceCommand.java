package io.mlworkbench.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code workbench workspace}: commands about the workspace itself. */
@Command(name = "workspace", mixinStandardHelpOptions = true, description = "Inspect the workspace.",
        subcommands = {WorkspaceInfoCommand.class})
public final class WorkspaceCommand implements Runnable {

    @ParentCommand
    private WorkbenchCommand root;

    @Spec
    private CommandSpec spec;

    /** @return the root command, which knows the chosen workspace folder */
    WorkbenchCommand root() {
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'workbench workspace info'");
    }
}
