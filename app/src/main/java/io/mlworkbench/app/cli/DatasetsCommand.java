package io.mlworkbench.app.cli;

import io.mlworkbench.app.i18n.NumberText;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.dataset.Dataset;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench datasets}: the workspace's datasets with their latest version. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the datasets: project, name, latest version, rows, columns, when and by whom.",
        subcommands = {DatasetShowCommand.class})
public final class DatasetsCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private WorkbenchCommand root;

    @Option(names = "--project", paramLabel = "NAME", description = "Only this project's datasets.")
    private String project;

    /** @param context where to write */
    public DatasetsCommand(CliContext context) {
        this.context = context;
    }

    /** @return the root command, which knows the workspace folder */
    WorkbenchCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        CliOutput out = context.output();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .withZone(ZoneId.systemDefault());
        try (WorkspaceSession session = WorkspaceSession.open(root.workspaceDirectory())) {
            List<Dataset> datasets = session.allDatasets().stream()
                    .filter(d -> project == null || d.projectName().equals(project)).toList();
            if (datasets.isEmpty()) {
                out.line("No datasets yet. Import one: workbench import FILE");
                return ExitCode.OK;
            }
            out.line(String.format(Locale.ROOT, "%-14s %-24s %8s %12s %8s  %-16s %s", "PROJECT", "DATASET", "VERSION",
                    "ROWS", "COLUMNS", "IMPORTED", "BY"));
            for (Dataset dataset : datasets) {
                List<DatasetVersion> versions = session.datasets().listVersions(dataset.id());
                if (versions.isEmpty()) {
                    continue;
                }
                DatasetVersion latest = versions.get(versions.size() - 1);
                out.line(String.format(Locale.ROOT, "%-14s %-24s %8d %12s %8d  %-16s %s", dataset.projectName(),
                        dataset.name(), latest.versionNo(), NumberText.count(latest.rowCount()),
                        latest.columnCount(), time.format(latest.createdAt()), latest.createdBy()));
            }
        }
        return ExitCode.OK;
    }
}
