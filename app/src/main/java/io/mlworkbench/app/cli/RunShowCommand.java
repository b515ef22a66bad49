package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.run.RunMetric;
import io.mlworkbench.engine.training.run.TrainingRun;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench runs show ID}: one run's spec, lineage (dataset and feature set versions), status and metrics. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a run's parameters and metrics.")
public final class RunShowCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private RunsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The run id.")
    private long runId;

    /** @param context where to write */
    public RunShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceSession session = WorkspaceSession.open(parent.root().workspaceDirectory())) {
            TrainingService training = session.training();
            TrainingRun run = training.run(runId);
            CliOutput out = context.output();
            out.line("Run:        " + run.id() + run.parentRunId().map(p -> " (reproduces run " + p + ")").orElse(""));
            out.line("Algorithm:  " + run.algorithm());
            out.line("Status:     " + run.status().dbValue() + run.errorText().map(e -> ": " + e).orElse(""));
            out.line("Seed:       " + run.seed());
            run.datasetVersionId().map(id -> session.datasets().version(id)).ifPresent(d ->
                    out.line("Data:       " + d.datasetName() + "@v" + d.versionNo() + " (project " + d.projectName()
                            + ")"));
            run.pipelineVersionId().map(id -> session.featurePipelines().version(id)).ifPresent(v ->
                    out.line("Features:   " + session.featurePipelines().requireSet(v.featureSetId()).name() + " v"
                            + v.versionNo() + " (pipeline version " + v.id() + ")"));
            out.line("Started:    " + run.startedAt() + " by " + run.createdBy());
            out.line("Parameters: " + run.paramsJson());
            out.line("Metrics:");
            for (RunMetric m : training.metrics(runId)) {
                out.line(String.format(Locale.ROOT, "  %-6s %-28s %.4f", m.split(), m.name(), m.value()));
            }
        }
        return ExitCode.OK;
    }
}
