package io.mlworkbench.app.registry;

import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.shell.StepState;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.view.ViewLoader;

/** Registers the Registry step in the sidebar. */
public final class RegistryStepModule implements StepModule {

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
    public RegistryStepModule(TaskExecutor executor, DialogService dialogs, Messages messages, ViewLoader loader) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry entry = new NavigationEntry(LifecycleStep.REGISTRY, messages.text("registry.nav"));
        RegistryViewModels viewModels = RegistryViewModels.create(session.registryServices(),
                new RunCatalog(session.projects(), session.training()), session.actor(), executor, dialogs,
                messages, registry::navigate, registry::has);
        viewModels.versions().versions().addListener((javafx.collections.ListChangeListener<
                io.mlworkbench.engine.registry.VersionSummary>) change -> {
            int listed = viewModels.versions().versions().size();
            entry.stateProperty().set(listed == 0 ? StepState.NOT_STARTED : StepState.DONE);
            entry.subjectProperty().set(listed == 0 ? "" : messages.text("registry.subject", listed));
        });
        viewModels.versions().refresh(); // the sidebar shows the registry's state before the step is opened
        registry.register(entry, () -> {
            RegistryView view = new RegistryView(viewModels, loader, messages, dialogs);
            viewModels.refresh();
            return view.root();
        });
    }
}
