package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.training.RunResult;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench runs reproduce ID}: retrains a run on the dataset version it recorded (or the one named with
 * {@code --data}), transformed by the feature set version it recorded if any, and says whether its metrics match.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Retrain a run with its stored parameters and seed on the same data and compare metrics.")
public final class RunReproduceCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private RunsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The run id.")
    private long runId;

    @Option(names = "--data", paramLabel = "DATASET[@VERSION]",
            description = {"The imported dataset version to train on, for a run that recorded none",
                "(default: the version the run was trained on)."})
    private String data;

    /** @param context where to write */
    public RunReproduceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceSession session = WorkspaceSession.open(parent.root().workspaceDirectory())) {
            var training = session.training();
            var evaluation = training.evaluation(runId).test();
            RunResult again = training.reproduce(session.actor(), runId, table(session),
                    TrainingListener.ignoring(), CancellationToken.never());
            double before = evaluation.primary();
            double after = again.outcome().test().primary();
            boolean same = String.format(Locale.ROOT, "%.6f", before).equals(String.format(Locale.ROOT, "%.6f", after));
            context.output().line(String.format(Locale.ROOT, "Run %d reproduced as run %d: %s %.4f -> %.4f (%s)",
                    runId, again.run().id(), evaluation.primaryMetric(), before, after, same ? "identical" : "DIFFERENT"));
            return same ? ExitCode.OK : ExitCode.FAILURE;
        }
    }

    private Table table(WorkspaceSession session) {
        long version = data != null ? DatasetReference.parse(data).resolve(session).id()
                : session.training().run(runId).datasetVersionId().orElseThrow(() -> new WorkbenchException(
                        "Run " + runId + " recorded no dataset version (it was trained on a sample or a file); name"
                                + " the data with --data DATASET[@VERSION]"));
        Optional<Long> pipeline = session.training().run(runId).pipelineVersionId();
        if (pipeline.isEmpty()) {
            return session.datasets().loadTable(version);
        }
        long tableId = session.featureStore().materialise(session.actor(), pipeline.get(), version,
                session.datasets().loadTable(version), ProgressListener.ignoring(), CancellationToken.never()).id();
        return session.featureStore().read(tableId);
    }
}
