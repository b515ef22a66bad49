package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.bundle.BundlePreview;
import io.mlworkbench.engine.registry.bundle.ImportedVersion;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models import FILE.mlwb [--preview] [--name NAME]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Verify a .mlwb bundle and import it as a new version (or only show it with --preview).")
public final class ModelsImportCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(paramLabel = "FILE.mlwb", description = "The bundle.")
    private Path file;

    @Option(names = "--preview", description = "Show what the bundle holds and the checks; import nothing.")
    private boolean preview;

    @Option(names = "--name", paramLabel = "NAME", description = "Register under this model name instead.")
    private String name;

    /** @param context where to write */
    public ModelsImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (preview) {
            BundlePreview shown = parent.withRegistry((services, actor) -> services.importer().preview(file));
            ModelsText.preview(context.output(), shown);
            return ExitCode.OK;
        }
        ImportedVersion imported = parent.withRegistry((services, actor) ->
                services.importer().importBundle(actor, file, Optional.ofNullable(name)));
        ModelsText.preview(context.output(), imported.preview());
        context.output().line("Imported as " + imported.version().uri() + " (run " + imported.runId() + ")");
        return ExitCode.OK;
    }
}
