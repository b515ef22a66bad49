package io.mlworkbench.app.registry;

import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepContext;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.BackgroundTask;

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
        viewModels.versions().versions().addListener((javafx.collections.ListChangeListener<
                io.mlworkbench.engine.registry.VersionSummary>) change -> show(entry,
                viewModels.versions().versions().size()));
        // The sidebar tells what the registry holds before the step is opened: a plain count, which (unlike
        // listing versions) needs no registry role, so opening the window does not make anyone a member.
        context.executor().execute(BackgroundTask.of(context.text("registry.task.count"), (progress, cancel) ->
                        session.info().counts().getOrDefault("model_version", 0L))
                .onSuccess(count -> show(entry, count.intValue())));
        registry.register(entry, () -> {
            RegistryView view = new RegistryView(viewModels, context.loader(), context.messages(), context.dialogs());
            viewModels.refresh();
            return view.root();
        });
    }

    private void show(NavigationEntry entry, int versions) {
        entry.stateProperty().set(versions == 0 ? StepState.NOT_STARTED : StepState.DONE);
        entry.subjectProperty().set(versions == 0 ? "" : context.text("registry.subject", versions));
    }
}
