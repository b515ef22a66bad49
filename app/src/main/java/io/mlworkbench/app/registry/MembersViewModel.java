package io.mlworkbench.app.registry;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.access.Member;
import io.mlworkbench.engine.access.Permission;
import io.mlworkbench.engine.access.Role;
import io.mlworkbench.engine.audit.Actor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The members and roles editor: everyone sees the members; admins grant, change and revoke roles. The engine
 * enforces the rules (only admins edit, the last admin stays); its refusals are shown with their message.
 */
public final class MembersViewModel {

    private final RegistryServices services;
    private final Actor actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final BooleanProperty admin = new SimpleBooleanProperty(false);
    private final StringProperty login = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.VIEWER);

    /**
     * @param services the member service and access checks
     * @param actor who edits
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     */
    public MembersViewModel(RegistryServices services, Actor actor, TaskExecutor executor, DialogService dialogs,
                            Messages messages) {
        this.services = services;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** @return the members, admins first */
    public ObservableList<Member> members() {
        return members;
    }

    /** @return true when the actor may edit roles (the editor is enabled) */
    public BooleanProperty adminProperty() {
        return admin;
    }

    /** @return the login to grant a role to */
    public StringProperty loginProperty() {
        return login;
    }

    /** @return the role to grant */
    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** Reloads the members and whether the actor may edit them. */
    public void refresh() {
        record Loaded(List<Member> members, boolean admin) {
        }
        executor.execute(BackgroundTask.of(messages.text("registry.task.members"), (progress, cancel) ->
                        new Loaded(services.registry().members().list(actor),
                                services.registry().access().isAllowed(actor, Permission.EDIT_ROLES)))
                .onSuccess(loaded -> {
                    members.setAll(loaded.members());
                    admin.set(loaded.admin());
                })
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.members"), failure)));
    }

    /** Grants (or changes) the typed login's role. */
    public void grant() {
        String who = login.get() == null ? "" : login.get().strip();
        Role wanted = role.get();
        if (who.isEmpty() || wanted == null) {
            dialogs.notify(messages.text("registry.members.incomplete"));
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("registry.task.grant"), (progress, cancel) ->
                        services.registry().members().grant(actor, who, wanted))
                .onSuccess(member -> {
                    dialogs.notify(messages.text("registry.members.granted", member.login(),
                            member.role().storedName()));
                    login.set("");
                    refresh();
                })
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.grant"), failure)));
    }

    /** @param member the member to revoke, after confirmation */
    public void revoke(Member member) {
        if (member == null || !dialogs.confirm(messages.text("registry.members.revokeConfirm", member.login()),
                messages.text("registry.members.revokeExplain", member.login()))) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("registry.task.revoke"), (progress, cancel) -> {
            services.registry().members().revoke(actor, member.login());
            return member;
        }).onSuccess(done -> {
            dialogs.notify(messages.text("registry.members.revoked", done.login()));
            refresh();
        }).onFailure(failure -> dialogs.showError(messages.text("registry.error.revoke"), failure)));
    }
}
