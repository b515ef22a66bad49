package io.mlworkbench.app.registry;

import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Registry step's view models, wired so that every change (register, alias move, archive, import) reloads
 * the version list and the audit view.
 *
 * @param versions the list and the selected version's detail
 * @param actions alias moves, archive, restore, delete of the selected version
 * @param register registering a finished run
 * @param bundles export and import
 * @param audit the audit view
 * @param members the members and roles editor
 */
public record RegistryViewModels(RegistryViewModel versions, VersionActionsViewModel actions,
                                 RegisterRunViewModel register, BundleViewModel bundles, AuditViewModel audit,
                                 MembersViewModel members) {

    /**
     * @param services the registry services
     * @param runs lists finished runs for registration
     * @param actor who works
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param navigator switches to another step
     * @param available which steps exist
     * @return the wired view models
     */
    public static RegistryViewModels create(RegistryServices services, RunCatalog runs, Actor actor,
                                            TaskExecutor executor, DialogService dialogs, Messages messages,
                                            Consumer<LifecycleStep> navigator, Predicate<LifecycleStep> available) {
        RegistryViewModel versions = new RegistryViewModel(services, actor, executor, dialogs, messages, navigator,
                available);
        AuditViewModel audit = new AuditViewModel(services, executor, dialogs, messages);
        Runnable changed = () -> {
            versions.refresh();
            audit.refresh();
        };
        return new RegistryViewModels(versions,
                new VersionActionsViewModel(services, actor, executor, dialogs, messages,
                        versions.selectedProperty(), changed),
                new RegisterRunViewModel(services, runs, actor, executor, dialogs, messages, changed),
                new BundleViewModel(services, actor, executor, dialogs, messages, changed), audit,
                new MembersViewModel(services, actor, executor, dialogs, messages));
    }

    /** Loads everything the step shows. */
    public void refresh() {
        versions.refresh();
        register.refresh();
        audit.refresh();
        members.refresh();
    }
}
