package io.mlworkbench.app.cli;

import io.mlworkbench.engine.registry.ModelQuery;
import io.mlworkbench.engine.registry.ModelSearchResult;
import io.mlworkbench.engine.registry.VersionSummary;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models list}: models and their versions, optionally filtered. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List model versions.")
public final class ModelsListCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only models whose name contains TEXT.")
    private String search;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "Only versions holding ALIAS.")
    private String alias;

    /** @param context where to write */
    public ModelsListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelQuery query = ModelQuery.all();
        if (search != null) {
            query = query.withNameContaining(search);
        }
        if (alias != null) {
            query = query.withAlias(alias);
        }
        ModelQuery chosen = query;
        ModelSearchResult result = parent.withRegistry((services, actor) ->
                services.registry().catalog().search(actor, chosen));
        if (result.versions().isEmpty()) {
            context.output().line("No model versions" + (search == null ? "" : " matching '" + search + "'")
                    + ". Register a finished run: workbench models register --run ID --name NAME");
            return ExitCode.OK;
        }
        context.output().line(String.format(Locale.ROOT, "%-32s %-10s %-22s %-12s %-10s %s", "VERSION", "STATUS",
                "ALGORITHM", "TEST METRIC", "BY", "ALIASES"));
        for (VersionSummary v : result.versions()) {
            context.output().line(String.format(Locale.ROOT, "%-32s %-10s %-22s %-12s %-10s %s", v.uri(),
                    v.status().name().toLowerCase(Locale.ROOT), v.algorithm(),
                    v.testMetric().map(m -> String.format(Locale.ROOT, "%s=%.4f", m.name(), m.value())).orElse("-"),
                    v.createdBy(), String.join(",", v.aliases())));
        }
        context.output().line(result.versions().size() + " of " + result.totalVersions() + " versions");
        return ExitCode.OK;
    }
}
