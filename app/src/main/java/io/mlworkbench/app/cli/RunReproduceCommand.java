package io.mlworkbench.app.cli;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.training.RunResult;
import io.mlworkbench.engine.training.TrainingListener;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workbench runs reproduce ID --data DATASET}: retrains a run and says whether its metrics match. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Retrain a run with its stored parameters and seed on the same data and compare metrics.")
public final class RunReproduceCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private RunsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The run id.")
    private long runId;

    @Option(names = "--data", required = true, paramLabel = "DATASET",
            description = "The data the run was trained on: a CSV file or sample:churn.")
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
            RunResult again = training.reproduce(session.actor(), runId, DatasetArgument.load(data),
                    TrainingListener.ignoring(), CancellationToken.never());
            double before = evaluation.primary();
            double after = again.outcome().test().primary();
            boolean same = String.format(Locale.ROOT, "%.6f", before).equals(String.format(Locale.ROOT, "%.6f", after));
            context.output().line(String.format(Locale.ROOT, "Run %d reproduced as run %d: %s %.4f -> %.4f (%s)",
                    runId, again.run().id(), evaluation.primaryMetric(), before, after, same ? "identical" : "DIFFERENT"));
            return same ? ExitCode.OK : ExitCode.FAILURE;
        }
    }
}
