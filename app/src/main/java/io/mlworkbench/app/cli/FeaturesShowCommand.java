package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.features.FeaturePipelineService;
import io.mlworkbench.engine.features.FeatureSetUsage;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.features.StepSpec;
import io.mlworkbench.engine.features.step.ParameterSpec;
import io.mlworkbench.engine.features.step.StepCatalog;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench features show NAME[@version]}: a feature set version's steps, what it was fitted on, its uses. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a feature set version: details, steps, what it was fitted on and where it is used.")
public final class FeaturesShowCommand implements Callable<Integer> {

    private final CliContext context;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    private FeaturesCommand parent;

    @Parameters(paramLabel = "NAME[@VERSION]", description = "The feature set, optionally a version (default: the newest).")
    private String reference;

    @Option(names = "--project", paramLabel = "PROJECT",
            description = "The project of the feature set, when several projects have one of that name.")
    private String project;

    /** @param context where to write */
    public FeaturesShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        FeatureSetReference wanted = FeatureSetReference.parse(reference, project);
        try (WorkspaceSession session = WorkspaceSession.open(parent.root().workspaceDirectory())) {
            FeaturePipelineService pipelines = session.featurePipelines();
            FeatureSetReference.Resolved found = wanted.resolve(pipelines, v -> true, "saved", null);
            FeatureSetVersion version = found.version();
            CliOutput out = context.output();
            int newest = pipelines.versions(found.set().id()).get(0).versionNo();
            out.line(row("Feature set", found.set().name()));
            out.line(row("Project", found.set().projectName()));
            out.line(row("Owner", found.set().owner()));
            out.line(row("Tags", String.join(", ", found.set().tags())));
            out.line(row("Description", found.set().description()));
            out.line(row("Version", version.versionNo() + " of " + newest + ", saved by " + version.createdBy()
                    + " on " + format(version.createdAt())));
            out.line(row("Target", version.definition().target() == null ? "(none)" : version.definition().target()));
            if (version.fitted()) {
                FittedPipeline fitted = pipelines.loadFitted(version.id());
                long datasetVersion = version.fittedOnDatasetVersionId().orElseThrow();
                String dataset = session.datasets().findVersion(datasetVersion)
                        .map(v -> v.datasetName() + " v" + v.versionNo() + " of project " + v.projectName())
                        .orElse("dataset version #" + datasetVersion);
                out.line(row("Fitted on", dataset + ", " + String.format(Locale.ROOT, "%,d",
                        fitted.state().trainingRows()) + " training rows, seed " + fitted.state().seed()));
                List<String> outputs = fitted.outputSchema().names();
                out.line(row("Output", outputs.size() + " columns: " + String.join(", ", outputs)));
            } else {
                out.line(row("Fitted on", "not fitted (a definition only)"));
            }
            out.line("Steps:");
            List<StepSpec> steps = version.definition().steps();
            for (int i = 0; i < steps.size(); i++) {
                out.line("  " + (i + 1) + ". " + steps.get(i).kind() + parameters(session.stepCatalog(), steps.get(i)));
            }
            List<FeatureSetUsage> usages = pipelines.usages(found.set().id());
            out.line(usages.isEmpty() ? "Where used: nowhere yet" : "Where used:");
            for (FeatureSetUsage usage : usages) {
                out.line("  " + usage.kind().replace('_', ' ') + " #" + usage.id() + " in project "
                        + usage.projectName() + " (v" + usage.versionNo() + "), " + format(usage.at()));
            }
        }
        return ExitCode.OK;
    }

    /** @return the step's parameters in declaration order, e.g. "  columns=a,b  strategy=median" */
    private static String parameters(StepCatalog catalog, StepSpec step) {
        Map<String, Object> params = step.params();
        return catalog.find(step.kind()).parameters().stream().map(ParameterSpec::name).filter(params::containsKey)
                .map(name -> "  " + name + "=" + (params.get(name) instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : params.get(name)))
                .collect(Collectors.joining());
    }

    private String format(Instant instant) {
        return time.format(instant);
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-13s %s", label + ":", value);
    }
}
