package io.mlworkbench.app.cli;

import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.registry.ModelAlias;
import io.mlworkbench.engine.registry.ModelLineage;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.bundle.BundleLineage;
import io.mlworkbench.engine.registry.bundle.BundleOrigin;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models show URI}: a version's lineage, metrics, aliases and history. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a version's lineage, metrics, aliases and history.")
public final class ModelsShowCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(paramLabel = "URI", description = "models:/NAME/VERSION or models:/NAME@ALIAS")
    private String uri;

    /** @param context where to write */
    public ModelsShowCommand(CliContext context) {
        this.context = context;
    }

    /** Everything {@code show} prints, read in one go. */
    private record Shown(ModelLineage lineage, List<ModelAlias> aliases, List<AuditEntry> history,
                         Optional<BundleOrigin> origin) {

        Optional<BundleLineage> source() {
            return origin.map(BundleOrigin::lineage);
        }
    }

    @Override
    public Integer call() {
        ModelUri target = ModelUri.parse(uri);
        Shown shown = parent.withRegistry((services, actor) -> {
            var catalog = services.registry().catalog();
            ModelLineage lineage = catalog.lineage(actor, target);
            return new Shown(lineage, catalog.aliases(actor, target.modelName()),
                    catalog.history(actor, target.modelName(), 20), services.importer().origin(actor,
                    lineage.version()));
        });
        CliOutput out = context.output();
        ModelLineage l = shown.lineage();
        out.line("Version:       " + l.version().uri() + " (" + l.version().status().name().toLowerCase(
                java.util.Locale.ROOT) + "), registered by " + l.version().createdBy() + " at "
                + l.version().createdAt());
        out.line("Run:           " + l.runId() + " in " + l.projectName() + "/" + l.experimentName()
                + ", trained by " + l.trainedBy() + " at " + l.startedAt());
        out.line("Algorithm:     " + l.algorithm() + " (seed " + l.seed() + ") " + l.hyperparameters());
        out.line("Dataset:       " + l.dataset().map(d -> d.label() + " hash " + d.contentHash())
                .or(() -> shown.source().map(s -> s.datasetLabel() + ", as recorded where it was trained"))
                .orElse("-"));
        out.line("Pipeline:      " + l.pipeline().map(p -> p.pipelineName() + " v" + p.version())
                .or(() -> shown.source().map(BundleLineage::pipelineLabel)).orElse("-"));
        shown.source().ifPresent(s -> out.line("Imported from: " + s.sourceUri() + ", registered there by "
                + s.registeredBy() + " at " + s.registeredAt()));
        shown.origin().ifPresent(o -> out.line("Bundle:        " + o.fileName() + ", exported by " + o.exportedBy()
                + " at " + o.exportedAt() + o.signer().map(key -> ", signed by key " + key).orElse(", not signed")));
        out.line("Model SHA-256: " + l.modelSha256().orElse("-"));
        if (!l.version().tags().isEmpty()) {
            out.line("Tags:          " + new java.util.TreeMap<>(l.version().tags()));
        }
        ModelsText.metrics(out, l.metrics());
        out.line("Aliases:");
        shown.aliases().forEach(a -> out.line("  " + a.alias() + " -> v" + a.version() + " (moved by " + a.movedBy()
                + ": " + a.reason() + ")"));
        out.line("History:");
        shown.history().forEach(e -> out.line("  " + e.occurredAt() + "  " + e.actor() + "  " + e.action() + "  "
                + e.objectRef()));
        return ExitCode.OK;
    }
}
