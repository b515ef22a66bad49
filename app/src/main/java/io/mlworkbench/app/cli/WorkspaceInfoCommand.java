package io.mlworkbench.app.cli;

import io.mlworkbench.app.i18n.ByteSize;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.workspace.WorkspaceInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code workbench workspace info}: where the workspace is and what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the workspace folder, database, schema version, id, creation, size and contents.")
public final class WorkspaceInfoCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private WorkspaceCommand parent;

    /** @param context where to write */
    public WorkspaceInfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        WorkspaceInfo info;
        try (WorkspaceSession session = WorkspaceSession.open(parent.root().workspaceDirectory())) {
            info = session.info();
        }
        print(info);
        return ExitCode.OK;
    }

    private void print(WorkspaceInfo info) {
        CliOutput out = context.output();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
        out.line(row("Folder", info.directory().toString()));
        out.line(row("Database", info.databaseUrl()));
        out.line(row("Schema version", info.schemaVersion()));
        out.line(row("Workspace id", info.workspaceId()));
        out.line(row("Created", time.format(info.createdAt()) + " by MLOps Workbench " + info.createdByVersion()));
        out.line(row("Opened by", "MLOps Workbench " + info.buildVersion()));
        out.line(row("Size", ByteSize.format(info.databaseBytes())));
        out.line("Contents:");
        for (Map.Entry<String, Long> count : info.counts().entrySet()) {
            out.line(String.format(Locale.ROOT, "  %-18s %,d", count.getKey(), count.getValue()));
        }
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-16s %s", label + ":", value);
    }
}
