package io.mlworkbench.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code workbench features}: the workspace's feature sets. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "List, inspect and materialise feature sets (built in the desktop app's Features step).",
        subcommands = {FeaturesListCommand.class, FeaturesShowCommand.class, FeaturesApplyCommand.class})
public final class FeaturesCommand implements Runnable {

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
        throw new ParameterException(spec.commandLine(),
                "Missing command: try 'workbench features list' or 'workbench features show NAME'");
    }
}
