package io.mlworkbench.app.training;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Registers the Train step. */
public final class TrainingStepModule implements StepModule {

    private final StepContext context;
    private final Executor ui;
    private final Function<WorkspaceSession, TrainingData> data;

    /**
     * @param context the window's executor, dialogs, texts and FXML loader
     * @param ui runs streamed results on the UI thread
     * @param data where a session's tables come from
     */
    public TrainingStepModule(StepContext context, Executor ui, Function<WorkspaceSession, TrainingData> data) {
        this.context = context;
        this.ui = ui;
        this.data = data;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.TRAIN, context.text("nav.train"));
        TrainViewModel viewModel = new TrainViewModel(session, data.apply(session), context.executor(),
                context.dialogs(), context.messages(), entry, ui);
        registry.register(entry, () -> {
            TrainView view = new TrainView(viewModel, context.loader(), context.messages(), context.dialogs());
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
