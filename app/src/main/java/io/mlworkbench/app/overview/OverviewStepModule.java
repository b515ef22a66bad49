package io.mlworkbench.app.overview;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.view.ViewLoader;

/** Registers the workspace overview as the sidebar's home entry. */
public final class OverviewStepModule implements StepModule {

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
    public OverviewStepModule(TaskExecutor executor, DialogService dialogs, Messages messages, ViewLoader loader) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.OVERVIEW, messages.text("nav.overview"));
        WorkspaceOverviewViewModel viewModel = new WorkspaceOverviewViewModel(session, executor, dialogs, messages,
                entry);
        registry.register(entry, () -> {
            WorkspaceOverviewView view = new WorkspaceOverviewView(viewModel, loader);
            viewModel.refresh();
            return view.root();
        });
    }
}
