package io.mlworkbench.app.training;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.view.ViewLoader;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Registers the Train step. */
public final class TrainingStepModule implements StepModule {

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ViewLoader loader;
    private final Executor ui;
    private final Function<WorkspaceSession, TrainingData> data;

    /**
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param loader the FXML loader
     * @param ui runs streamed results on the UI thread
     * @param data where a session's tables come from
     */
    public TrainingStepModule(TaskExecutor executor, DialogService dialogs, Messages messages, ViewLoader loader,
                              Executor ui, Function<WorkspaceSession, TrainingData> data) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
        this.ui = ui;
        this.data = data;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.TRAIN, messages.text("nav.train"));
        TrainViewModel viewModel = new TrainViewModel(session, data.apply(session), executor, dialogs, messages,
                entry, ui);
        registry.register(entry, () -> {
            TrainView view = new TrainView(viewModel, loader, messages, dialogs);
            viewModel.refresh();
            view.root().parentProperty().addListener((observable, before, now) -> {
                if (now != null) {
                    viewModel.refresh();
                }
            });
            return view.root();
        });
    }
}
