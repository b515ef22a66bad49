package io.mlworkbench.app.cli;

import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.app.importing.ColumnProfileRow;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.ColumnRole;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.data.profile.ColumnProfile;
import io.mlworkbench.engine.data.profile.DatasetProfile;
import io.mlworkbench.engine.data.profile.ValueCount;
import io.mlworkbench.engine.task.CancellationToken;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench datasets show NAME[@version]}: a version's source, schema and profile summary. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a dataset version: where it came from, its schema and a profile summary.",
            "The profile is computed once per version and stored."})
public final class DatasetShowCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private DatasetsCommand parent;

    @Parameters(paramLabel = "DATASET", description = "NAME, PROJECT/NAME, with @VERSION or @latest (default).")
    private String dataset;

    /** @param context where to write */
    public DatasetShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceSession session = WorkspaceSession.open(parent.root().workspaceDirectory())) {
            DatasetVersion version = DatasetReference.parse(dataset).resolve(session);
            DatasetProfile profile = session.profiles().find(version.id()).orElseGet(() ->
                    session.profiles().profileOf(session.actor(), version.id(),
                            session.datasets().loadTable(version.id()), new CliProgress(context.output()),
                            CancellationToken.never()));
            print(version, profile);
        }
        return ExitCode.OK;
    }

    private void print(DatasetVersion v, DatasetProfile profile) {
        CliOutput out = context.output();
        out.line(v.uri());
        out.line(row("Source", v.sourceKind().dbName() + " " + v.sourceText().replace('\n', ' ')));
        out.line(row("Imported", v.createdAt() + " by " + v.createdBy()));
        out.line(row("Hash", v.contentHash()));
        out.line(row("Rows", NumberText.count(v.rowCount())));
        out.line(row("Columns", Integer.toString(v.columnCount())));
        out.line(row("Duplicates", NumberText.count(profile.duplicateRowCount())));
        out.line(row("Constant", profile.constantColumns().isEmpty() ? "none"
                : String.join(", ", profile.constantColumns())));
        out.line(row("Identifiers", profile.likelyIdentifiers().isEmpty() ? "none"
                : String.join(", ", profile.likelyIdentifiers())));
        if (profile.targetBalance() != null) {
            long total = profile.targetBalance().classes().stream().mapToLong(ValueCount::count).sum();
            out.line(row("Target", profile.targetBalance().column() + ": " + profile.targetBalance().classes()
                    .stream().map(c -> c.value() + " " + NumberText.percentOf((double) c.count() / Math.max(1, total)))
                    .collect(Collectors.joining(", "))));
        }
        out.line("");
        out.line(String.format(Locale.ROOT, "%-22s %-11s %-10s %9s %15s %9s  %s", "COLUMN", "TYPE", "ROLE", "COUNT",
                "MISSING", "DISTINCT", "SUMMARY"));
        for (ColumnProfile column : profile.columns()) {
            ColumnProfileRow row = new ColumnProfileRow(column);
            String summary = column.numeric() != null ? "min " + row.min() + ", mean " + row.mean() + ", max "
                    + row.max() : column.dateTimeRange() != null ? row.min() + " .. " + row.max() : row.topValues();
            out.line(String.format(Locale.ROOT, "%-22s %-11s %-10s %9s %15s %9s  %s", column.name(), column.type(),
                    column.role() == ColumnRole.FEATURE ? "" : column.role(), row.count(), row.missing(),
                    row.distinct(), summary));
        }
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-12s %s", label + ":", value);
    }
}
