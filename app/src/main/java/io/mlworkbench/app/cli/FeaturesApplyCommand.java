package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.Dataset;
import io.mlworkbench.engine.data.dataset.DatasetService;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.store.FeatureTable;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench features apply NAME[@version] --dataset D[@v]}: materialises a fitted feature set version on a
 * dataset version, storing the feature table (or finding the one stored before).
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Transform a dataset version with a fitted feature set version and store the feature table.",
            "Without @VERSION the newest fitted version is used; without @V the newest dataset version."})
public final class FeaturesApplyCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private FeaturesCommand parent;

    @Parameters(paramLabel = "NAME[@VERSION]", description = "The feature set, optionally a fitted version.")
    private String reference;

    @Option(names = "--dataset", required = true, paramLabel = "DATASET[@V]",
            description = "The dataset to transform, optionally a version number.")
    private String dataset;

    @Option(names = "--project", paramLabel = "PROJECT",
            description = "The project of the dataset (default: the feature set's project).")
    private String project;

    /** @param context where to write */
    public FeaturesApplyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        FeatureSetReference wanted = FeatureSetReference.parse(reference, null);
        try (WorkspaceSession session = WorkspaceSession.open(parent.root().workspaceDirectory())) {
            FeatureSetReference.Resolved found = wanted.resolveFitted(session.featurePipelines(), project);
            FeatureSetVersion version = found.version();
            String datasetProject = project != null ? project : found.set().projectName();
            DatasetVersion data = datasetVersion(session.datasets(), datasetProject);
            boolean existed = session.featureStore().list(found.set().id()).stream().anyMatch(t ->
                    t.pipelineVersionId() == version.id() && t.datasetVersionId() == data.id());
            Table rows = session.datasets().loadTable(data.id());
            FeatureTable table = session.featureStore().materialise(session.actor(), version.id(), data.id(), rows,
                    ProgressListener.ignoring(), CancellationToken.never());
            context.output().line(String.format(Locale.ROOT, "%s feature set %s v%d on %s v%d (project %s):"
                            + " %,d rows in feature table #%d", existed ? "Already materialised" : "Materialised",
                    found.set().name(), version.versionNo(), data.datasetName(), data.versionNo(), datasetProject,
                    table.rowCount(), table.id()));
        }
        return ExitCode.OK;
    }

    private DatasetVersion datasetVersion(DatasetService datasets, String projectName) {
        int at = dataset.lastIndexOf('@');
        String name = at < 0 ? dataset : dataset.substring(0, at);
        List<Dataset> all = datasets.listDatasets(projectName);
        Dataset chosen = all.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new WorkbenchException("No dataset named '" + name + "' in project '" + projectName
                        + "'; its datasets are " + all.stream().map(Dataset::name).toList()));
        List<DatasetVersion> versions = datasets.listVersions(chosen.id());
        if (at < 0) {
            return versions.get(versions.size() - 1);
        }
        String number = dataset.substring(at + 1);
        return versions.stream().filter(v -> String.valueOf(v.versionNo()).equals(number)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Dataset '" + name + "' has no version '" + number
                        + "'; its versions are 1 to " + versions.get(versions.size() - 1).versionNo()));
    }
}
