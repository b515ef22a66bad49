package io.mlworkbench.app.importing;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.shell.NavigationEntry;
import io.mlworkbench.app.shell.StepModule;
import io.mlworkbench.app.shell.StepRegistry;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.validation.ValidateView;
import io.mlworkbench.app.validation.ValidateViewModel;
import io.mlworkbench.app.view.ViewLoader;

/**
 * Registers the data steps, Import (with the profile of the imported version) and Validate, wired so that an
 * import's "Validate this version" opens the Validate step on the new version.
 */
public final class DataStepModule implements StepModule {

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
    public DataStepModule(TaskExecutor executor, DialogService dialogs, Messages messages, ViewLoader loader) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
    }

    @Override
    public void register(StepRegistry registry, WorkspaceSession session) {
        NavigationEntry importEntry = new NavigationEntry(LifecycleStep.IMPORT, messages.text("nav.import"));
        NavigationEntry validateEntry = new NavigationEntry(LifecycleStep.VALIDATE, messages.text("nav.validate"));
        ImportViewModel importing = new ImportViewModel(session, executor, dialogs, messages, importEntry);
        ValidateViewModel validating = new ValidateViewModel(session, executor, dialogs, messages, validateEntry);
        importing.importedProperty().addListener((observable, before, now) -> {
            if (now != null) {
                validating.choose(now.id());
            }
        });
        importing.onValidate(version -> {
            validating.choose(version.id());
            validateEntry.show();
        });
        registry.register(importEntry, () -> {
            ImportView view = new ImportView(importing, loader);
            importing.refreshProjects();
            return view.root();
        });
        registry.register(validateEntry, () -> new ValidateView(validating, loader).root());
    }
}
