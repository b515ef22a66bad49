package io.mlworkbench.app.overview;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;

/** Registers the workspace overview as the sidebar's home entry. */
public final class OverviewStepModule implements StepModule {

    private final StepContext context;

    /** @param context the window's executor, dialogs, texts and FXML loader */
    public OverviewStepModule(StepContext context) {
        this.context = context;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.OVERVIEW, context.text("nav.overview"));
        WorkspaceOverviewViewModel viewModel = new WorkspaceOverviewViewModel(session, context.executor(),
                context.dialogs(), context.messages(), entry);
        registry.register(entry, () -> {
            WorkspaceOverviewView view = new WorkspaceOverviewView(viewModel, context.loader(), context.messages());
            viewModel.refresh();
            return view.root();
        });
    }
}
