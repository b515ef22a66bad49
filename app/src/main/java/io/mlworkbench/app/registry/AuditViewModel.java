package io.mlworkbench.app.registry;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.audit.AuditEntry;
import io.mlworkbench.engine.audit.AuditFilter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit view: the newest audit log entries, filtered by actor, action prefix and object reference prefix. */
public final class AuditViewModel {

    private final RegistryServices services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty actionPrefix = new SimpleStringProperty("");
    private final StringProperty objectPrefix = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();

    /**
     * @param services reads the audit log
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     */
    public AuditViewModel(RegistryServices services, TaskExecutor executor, DialogService dialogs,
                          Messages messages) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** @return only entries by this login; empty for everyone */
    public StringProperty actorProperty() {
        return actor;
    }

    /** @return only actions starting with this, e.g. {@code model.alias.}; empty for all */
    public StringProperty actionPrefixProperty() {
        return actionPrefix;
    }

    /** @return only objects whose reference starts with this, e.g. {@code models:/churn}; empty for all */
    public StringProperty objectPrefixProperty() {
        return objectPrefix;
    }

    /** @return the matching entries, newest first */
    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    /** Reloads the entries matching the filter. */
    public void refresh() {
        AuditFilter filter = AuditFilter.newest();
        if (!blank(actor)) {
            filter = filter.byActor(actor.get().strip());
        }
        if (!blank(actionPrefix)) {
            filter = filter.byActionPrefix(actionPrefix.get().strip());
        }
        if (!blank(objectPrefix)) {
            filter = filter.byObjectRefPrefix(objectPrefix.get().strip());
        }
        AuditFilter chosen = filter;
        executor.execute(BackgroundTask.of(messages.text("registry.task.audit"), (progress, cancel) ->
                        services.audit().find(chosen))
                .onSuccess(entries::setAll)
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.audit"), failure)));
    }

    private static boolean blank(StringProperty property) {
        return property.get() == null || property.get().isBlank();
    }
}
