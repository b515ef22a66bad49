package io.mlworkbench.app.compare;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.view.ViewLoader;

/** Registers the Compare step. */
public final class CompareStepModule implements StepModule {

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ViewLoader loader;

    /**
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param loader the FXML loader
     */
    public CompareStepModule(TaskExecutor executor, DialogService dialogs, Messages messages, ViewLoader loader) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.COMPARE, messages.text("nav.compare"));
        CompareViewModel viewModel = new CompareViewModel(new RunCatalog(session.projects(), session.training()),
                session.training(), executor, dialogs, messages, entry);
        registry.register(entry, () -> {
            CompareView view = new CompareView(viewModel, loader, messages, dialogs);
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
