package io.mlworkbench.app.training;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import io.mlworkbench.engine.training.RunResult;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.run.TrainingRun;
import java.util.Optional;

/**
 * Reproducing a run from the Train step: reloads the data it was trained on (its dataset version, transformed by
 * its feature set version when it recorded one; the loaded table when it recorded no dataset version), retrains it,
 * and says in words whether the metric came out the same. Slow: call {@link #reproduce} off the UI thread.
 */
final class RunReproduction {

    private final WorkspaceSession session;
    private final TrainingData data;
    private final Messages messages;

    /**
     * @param session the runs and the training service
     * @param data where dataset versions and feature tables are loaded from
     * @param messages the result in words
     */
    RunReproduction(WorkspaceSession session, TrainingData data, Messages messages) {
        this.session = session;
        this.data = data;
        this.messages = messages;
    }

    /**
     * @param runId the run to reproduce
     * @param loaded the table in the step, used when the run recorded no dataset version
     * @param cancel checked between stages
     * @return the new run
     */
    RunResult reproduce(long runId, Table loaded, CancellationToken cancel) {
        TrainingRun run = session.training().run(runId);
        Optional<Long> version = run.datasetVersionId();
        Table same = version.isEmpty() ? loaded : run.pipelineVersionId().isEmpty() ? data.loadVersion(version.get())
                : data.loadFeatures(new DatasetChoice("", "", version),
                        new FeatureSetChoice(run.pipelineVersionId(), "", "", ""), ProgressListener.ignoring(), cancel);
        return session.training().reproduce(session.actor(), runId, same, TrainingListener.ignoring(), cancel);
    }

    /**
     * @param original the reproduced run's row
     * @param result the new run
     * @return whether the primary metric matched, in words
     */
    String describe(RunRow original, RunResult result) {
        double again = result.outcome().test().primary();
        String before = TrainingBatchTask.format(original.primary());
        String after = TrainingBatchTask.format(again);
        return before.equals(after)
                ? messages.text("training.reproduce.same", original.runId(), result.run().id(),
                        original.primaryMetric(), after)
                : messages.text("training.reproduce.different", original.runId(), result.run().id(),
                        original.primaryMetric(), before, after);
    }
}
