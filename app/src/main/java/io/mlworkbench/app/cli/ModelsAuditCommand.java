package io.mlworkbench.app.cli;

import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench models audit [--actor LOGIN] [--action PREFIX]}: the audit log, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Show the audit log, newest first.")
public final class ModelsAuditCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private ModelsCommand parent;

    @Option(names = "--actor", paramLabel = "LOGIN", description = "Only what LOGIN did.")
    private String actor;

    @Option(names = "--action", paramLabel = "PREFIX", description = "Only actions starting with PREFIX, e.g. model.")
    private String action;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entries.")
    private int limit;

    /** @param context where to write */
    public ModelsAuditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AuditFilter filter = AuditFilter.newest().limitedTo(limit);
        if (actor != null) {
            filter = filter.byActor(actor);
        }
        if (action != null) {
            filter = filter.byActionPrefix(action);
        }
        AuditFilter chosen = filter;
        List<AuditEntry> entries = parent.withRegistry((services, who) -> services.audit().find(chosen));
        entries.forEach(e -> context.output().line(e.occurredAt() + "  " + e.actor() + "  " + e.action() + "  "
                + e.objectRef() + "  " + e.detailsJson()));
        return ExitCode.OK;
    }
}
