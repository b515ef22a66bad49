package io.mlworkbench.app.registry;

import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;

/** Registers the Registry step in the sidebar. */
public final class RegistryStepModule implements StepModule {

    private final StepContext context;

    /** @param context the window's executor, dialogs, texts and FXML loader */
    public RegistryStepModule(StepContext context) {
        this.context = context;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.REGISTRY, context.text("registry.nav"));
        RegistryViewModels viewModels = RegistryViewModels.create(session.registryServices(),
                new RunCatalog(session.projects(), session.training()), session.actor(), context.executor(),
                context.dialogs(), context.messages(), registry::navigate, registry::has);
        registry.register(entry, () -> {
            RegistryView view = new RegistryView(viewModels, context.loader(), context.messages(), context.dialogs());
            viewModels.refresh();
            return view.root();
        });
    }
}
