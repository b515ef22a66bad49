package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.ModelVersion;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models register --run ID --name NAME}: a finished run's model as a new version. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Register a finished training run's model as the next version of a model.")
public final class ModelsRegisterCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Option(names = "--run", required = true, paramLabel = "ID", description = "The finished training run.")
    private long run;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The model's name.")
    private String name;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "Free text.")
    private String description;

    @Option(names = "--tag", paramLabel = "NAME=TEXT", description = "A tag; repeat for more.")
    private Map<String, String> tags = Map.of();

    /** @param context where to write */
    public ModelsRegisterCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelVersion version = parent.withRegistry((services, actor) ->
                services.registry().registry().register(actor, name, run, description, tags));
        context.output().line("Registered run " + run + " as " + version.uri());
        return ExitCode.OK;
    }
}
