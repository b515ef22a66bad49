package io.mlworkbench.app.cli;

import io.mlworkbench.app.registry.RegistryServices;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.audit.Actor;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code workbench models}: the model registry and {@code .mlwb} bundles. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Registered models: list, show, register, aliases, archive, export/import bundles, predict,"
                + " roles, audit.",
        subcommands = {ModelsListCommand.class, ModelsShowCommand.class, ModelsRegisterCommand.class,
            ModelsAliasCommand.class, ModelsArchiveCommand.class, ModelsExportCommand.class, ModelsImportCommand.class,
            ModelsPredictCommand.class, ModelsKeygenCommand.class, ModelsMembersCommand.class, ModelsAuditCommand.class})
public final class ModelsCommand implements Runnable {

    @ParentCommand
    private WorkbenchCommand root;

    @Spec
    private CommandSpec spec;

    /**
     * Opens the workspace, runs some work against its registry and closes it.
     *
     * @param work the work, given the services and the acting user
     * @param <T> the result
     * @return the work's result
     */
    <T> T withRegistry(BiFunction<RegistryServices, Actor, T> work) {
        return withSession(session -> work.apply(session.registryServices(), session.actor()));
    }

    /**
     * Opens the workspace, runs some work with its services and closes it.
     *
     * @param work the work, given the open session
     * @param <T> the result
     * @return the work's result
     */
    <T> T withSession(Function<WorkspaceSession, T> work) {
        try (WorkspaceSession session = WorkspaceSession.open(root.workspaceDirectory())) {
            return work.apply(session);
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'workbench models --help'");
    }
}
