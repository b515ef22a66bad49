package io.mlworkbench.app.compare;

import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;

/** Registers the Compare step. */
public final class CompareStepModule implements StepModule {

    private final StepContext context;

    /** @param context the window's executor, dialogs, texts and FXML loader */
    public CompareStepModule(StepContext context) {
        this.context = context;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.COMPARE, context.text("nav.compare"));
        CompareViewModel viewModel = new CompareViewModel(new RunCatalog(session.projects(), session.training()),
                session.training(), context.executor(), context.dialogs(), context.messages(), entry);
        registry.register(entry, () -> {
            CompareView view = new CompareView(viewModel, context.loader(), context.messages(), context.dialogs());
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
