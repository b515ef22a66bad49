package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.ModelVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models archive URI}: archives a version. */
@Command(name = "archive", mixinStandardHelpOptions = true, description = "Archive a version.")
public final class ModelsArchiveCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(paramLabel = "URI", description = "The version.")
    private String uri;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "", description = "Why.")
    private String reason;

    /** @param context where to write */
    public ModelsArchiveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelUri target = ModelUri.parse(uri);
        ModelVersion version = parent.withRegistry((services, actor) ->
                services.registry().registry().archive(actor, target, reason));
        context.output().line("Archived " + version.uri());
        return ExitCode.OK;
    }
}
