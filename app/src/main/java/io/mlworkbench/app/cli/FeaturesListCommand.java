package io.mlworkbench.app.cli;

import io.mlworkbench.app.features.FeatureSetSearch;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.FeatureSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench features list}: the feature sets of every project, optionally searched. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the feature sets of every project: name, project, owner, newest version, tags.")
public final class FeaturesListCommand implements Callable<Integer> {

    private static final String FORMAT = "%-24s %-16s %-12s %-7s %-24s %s";

    private final CliContext context;

    @ParentCommand
    private FeaturesCommand parent;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only sets whose name contains TEXT (any case), or tagged or owned by TEXT.")
    private String search;

    /** @param context where to write */
    public FeaturesListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceSession session = WorkspaceSession.open(parent.root().workspaceDirectory())) {
            FeaturePipelineService pipelines = session.featurePipelines();
            List<FeatureSet> sets = new FeatureSetSearch(pipelines).find(search);
            CliOutput out = context.output();
            if (sets.isEmpty()) {
                out.line(search == null ? "No feature sets yet: build a pipeline in the desktop app's Features step"
                        + " and save it as a feature set." : "No feature set matches '" + search + "'.");
                return ExitCode.OK;
            }
            out.line(String.format(Locale.ROOT, FORMAT, "NAME", "PROJECT", "OWNER", "LATEST", "TAGS", "DESCRIPTION"));
            for (FeatureSet set : sets) {
                int latest = pipelines.versions(set.id()).get(0).versionNo();
                out.line(String.format(Locale.ROOT, FORMAT, set.name(), set.projectName(), set.owner(), "v" + latest,
                        String.join(",", set.tags()), set.description()).stripTrailing());
            }
        }
        return ExitCode.OK;
    }
}
