package io.mlworkbench.app.training;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.OperationCancelledException;
import io.mlworkbench.engine.training.RunResult;
import io.mlworkbench.engine.training.TrainingListener;
import io.mlworkbench.engine.training.TrainingRequest;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.TuningRequest;
import io.mlworkbench.engine.training.evaluation.Evaluation;
import io.mlworkbench.engine.training.tuning.Trial;
import io.mlworkbench.engine.training.tuning.TrialState;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The background work of the Train step: trains (or tunes) each planned model in turn on one table, handing
 * every finished run and every tuning trial to the UI thread as it happens. Cancelling one row skips that model;
 * cancelling the task stops the batch.
 */
final class TrainingBatchTask {

    private final TrainingService service;
    private final Actor actor;
    private final TrainingRequest base;
    private final Table table;
    private final TuningSettings tuning;
    private final Messages messages;
    private final Executor ui;
    private final Consumer<RunRow> finished;
    private final Consumer<TrialPoint> trial;

    /**
     * @param service the training service
     * @param actor who trains
     * @param base the request every model starts from (target, seed, split, folds)
     * @param table the data
     * @param tuning how tuned models are searched
     * @param messages status texts
     * @param ui runs the callbacks on the UI thread
     * @param finished told about each finished run (on the UI thread)
     * @param trial told about each tuning trial (on the UI thread)
     */
    TrainingBatchTask(TrainingService service, Actor actor, TrainingRequest base, Table table, TuningSettings tuning,
                      Messages messages, Executor ui, Consumer<RunRow> finished, Consumer<TrialPoint> trial) {
        this.service = service;
        this.actor = actor;
        this.base = base;
        this.table = table;
        this.tuning = tuning;
        this.messages = messages;
        this.ui = ui;
        this.finished = finished;
        this.trial = trial;
    }

    /**
     * Runs the batch.
     *
     * @param models the models, in order
     * @param cancel the batch's cancellation
     * @return how many models finished
     */
    int run(List<PlannedModel> models, CancellationToken cancel) {
        int done = 0;
        for (PlannedModel model : models) {
            ProgressRow row = model.row();
            if (cancel.isCancelled()) {
                ui.execute(() -> row.end(messages.text("training.status.cancelled")));
                continue;
            }
            CancellationToken token = () -> cancel.isCancelled() || row.isCancelRequested();
            ui.execute(() -> {
                row.statusProperty().set(messages.text("training.status.training"));
                row.progressProperty().set(-1);
            });
            try {
                trainOne(model, token);
                done++;
            } catch (OperationCancelledException e) {
                ui.execute(() -> row.end(messages.text("training.status.cancelled")));
            } catch (WorkbenchException e) {
                ui.execute(() -> row.end(messages.text("training.status.failed", e.getMessage())));
            }
        }
        cancel.throwIfCancelled("training of " + models.size() + " models");
        return done;
    }

    private void trainOne(PlannedModel model, CancellationToken token) {
        TrainingRequest request = base.withSpec(base.spec().withAlgorithm(model.algorithm())
                .withParameters(model.parameters()));
        TrainingListener listener = listener(model);
        if (model.tune()) {
            TuningRequest search = new TuningRequest(request, tuning.strategy(), List.of(), tuning.budget(),
                    tuning.folds(), 3, true);
            service.tune(actor, search, table, listener, token);
        } else {
            service.train(actor, request, table, listener, token);
        }
    }

    private TrainingListener listener(PlannedModel model) {
        ProgressRow row = model.row();
        return new TrainingListener() {
            @Override
            public void runFinished(RunResult result) {
                RunRow run = toRow(result, model);
                ui.execute(() -> {
                    row.end(messages.text("training.status.done", run.primaryMetric(),
                            format(run.primary())));
                    finished.accept(run);
                });
            }

            @Override
            public void trialFinished(Trial t, Trial best) {
                TrialPoint point = new TrialPoint(model.displayName(), t.number(), state(t.state()), t.score(),
                        best == null ? Double.NaN : best.score(), t.parameters().values().toString());
                int budget = tuning.budget().maxTrials();
                ui.execute(() -> {
                    row.statusProperty().set(messages.text("training.status.trial", t.number(), budget,
                            format(point.bestSoFar())));
                    row.progressProperty().set(Math.min(1.0, (double) t.number() / budget));
                    trial.accept(point);
                });
            }
        };
    }

    private String state(TrialState state) {
        return switch (state) {
            case COMPLETE -> messages.text("training.trial.complete");
            case PRUNED -> messages.text("training.trial.pruned");
            case FAILED -> messages.text("training.trial.failed");
        };
    }

    static RunRow toRow(RunResult result, PlannedModel model) {
        Evaluation test = result.outcome().test();
        return new RunRow(result.run().id(), model.displayName(), test.primaryMetric(), test.primary(),
                test.metrics(), result.outcome().trainSeconds(), model.tune());
    }

    static String format(double value) {
        return Cells.format(value);
    }
}
