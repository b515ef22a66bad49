package io.mlworkbench.app.registry;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.app.task.Work;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.registry.AliasMove;
import io.mlworkbench.engine.registry.AliasName;
import io.mlworkbench.engine.registry.GateCheck;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.VersionStatus;
import io.mlworkbench.engine.registry.VersionSummary;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the user does to the selected version: move an alias to it (previewed first, with the promotion gate's
 * checks, and only with a reason), archive, restore or delete it (confirmed). Refusals from the engine
 * ({@code PromotionRefusedException}, {@code AccessDeniedException}) are shown with their message.
 */
public final class VersionActionsViewModel {

    private final RegistryServices services;
    private final Actor actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectProperty<VersionSummary> selected;
    private final Runnable changed;

    private final StringProperty alias = new SimpleStringProperty(AliasName.CHAMPION.value());
    private final ObservableList<String> aliasChoices = FXCollections.observableArrayList(
            AliasName.CHAMPION.value(), AliasName.CHALLENGER.value());
    private final ObjectProperty<AliasMove> pendingMove = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty moveError = new SimpleStringProperty("");

    /**
     * @param services the registry services
     * @param actor who works
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param selected the version the actions apply to
     * @param changed called after a change, to reload the list
     */
    public VersionActionsViewModel(RegistryServices services, Actor actor, TaskExecutor executor,
                                   DialogService dialogs, Messages messages,
                                   ReadOnlyObjectProperty<VersionSummary> selected, Runnable changed) {
        this.services = services;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.selected = selected;
        this.changed = changed;
    }

    /** @return the alias to move (champion, challenger or any name) */
    public StringProperty aliasProperty() {
        return alias;
    }

    /** @return suggested alias names */
    public ObservableList<String> aliasChoices() {
        return aliasChoices;
    }

    /** @return the previewed move waiting for confirmation, or null */
    public ObjectProperty<AliasMove> pendingMoveProperty() {
        return pendingMove;
    }

    /** @return why the alias moves; required to confirm */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** @return why the last confirmation did not go through, empty when it did */
    public StringProperty moveErrorProperty() {
        return moveError;
    }

    /** Previews moving the alias to the selected version; the view then shows {@link #pendingMoveProperty()}. */
    public void previewMove() {
        VersionSummary version = selected.get();
        if (version == null) {
            return;
        }
        AliasName name;
        try {
            name = new AliasName(alias.get() == null ? "" : alias.get().strip());
        } catch (WorkbenchException invalid) {
            dialogs.showError(messages.text("registry.error.alias"), invalid);
            return;
        }
        reason.set("");
        moveError.set("");
        executor.execute(BackgroundTask.of(messages.text("registry.task.previewMove"), (progress, cancel) ->
                        services.registry().aliases().preview(actor, version.uri(), name))
                .onSuccess(pendingMove::set)
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.alias"), failure)));
    }

    /**
     * @param move a previewed move
     * @return whether confirming can succeed: it changes something and the promotion gate lets it through (the
     *     engine refuses a move the gate fails, so the dialog should not offer it)
     */
    public boolean canConfirm(AliasMove move) {
        return move.changes() && move.decision().isAllowed();
    }

    /**
     * @param move a previewed move
     * @return what changes, one line per fact and gate check, for the confirmation dialog
     */
    public String describe(AliasMove move) {
        StringBuilder text = new StringBuilder(messages.text("registry.move.change", move.modelName(),
                move.alias(), move.fromVersion().isPresent() ? "v" + move.fromVersion().getAsInt()
                        : messages.text("registry.move.unset"), "v" + move.toVersion()));
        if (!move.changes()) {
            text.append('\n').append(messages.text("registry.move.noChange"));
        }
        for (GateCheck check : move.decision().checks()) {
            text.append('\n').append(check.passed() ? messages.text("registry.move.pass", check.name(), check.reason())
                    : messages.text("registry.move.fail", check.name(), check.reason()));
        }
        return text.toString();
    }

    /**
     * Moves the alias as previewed, when a reason is given.
     *
     * @return true when the move was started; false when the reason is missing (see {@link #moveErrorProperty()})
     */
    public boolean confirmMove() {
        AliasMove move = pendingMove.get();
        String why = reason.get() == null ? "" : reason.get().strip();
        if (move == null) {
            return false;
        }
        if (why.isEmpty()) {
            moveError.set(messages.text("registry.move.reasonRequired"));
            return false;
        }
        pendingMove.set(null);
        executor.execute(BackgroundTask.of(messages.text("registry.task.move"), (progress, cancel) ->
                        services.registry().aliases().move(actor, selectedUri(move), move.alias(), why))
                .onSuccess(done -> {
                    dialogs.notify(messages.text("registry.move.done", done.modelName(), done.alias(),
                            done.toVersion()));
                    changed.run();
                })
                .onFailure(failure -> {
                    moveError.set(failure.getMessage());
                    dialogs.showError(messages.text("registry.error.move"), failure);
                }));
        return true;
    }

    private static ModelUri selectedUri(AliasMove move) {
        return ModelUri.ofVersion(move.modelName(), move.toVersion());
    }

    /** Drops the previewed move. */
    public void cancelMove() {
        pendingMove.set(null);
        moveError.set("");
    }

    /** Archives the selected version, after confirmation. */
    public void archive() {
        VersionSummary v = selected.get();
        if (v != null) {
            change(new Texts(messages.text("registry.archive.confirm", v.uri()),
                    messages.text("registry.archive.explain"), messages.text("registry.archive.reason"),
                    messages.text("registry.task.archive"), messages.text("registry.archive.done", v.uri()),
                    messages.text("registry.error.archive")),
                    why -> services.registry().registry().archive(actor, v.uri(), why));
        }
    }

    /** Restores the selected archived version, after confirmation. */
    public void restore() {
        VersionSummary v = selected.get();
        if (v != null) {
            change(new Texts(messages.text("registry.restore.confirm", v.uri()),
                    messages.text("registry.restore.explain"), messages.text("registry.restore.reason"),
                    messages.text("registry.task.restore"), messages.text("registry.restore.done", v.uri()),
                    messages.text("registry.error.restore")),
                    why -> services.registry().registry().restore(actor, v.uri(), why));
        }
    }

    /** Deletes the selected version for good, after confirmation. */
    public void delete() {
        VersionSummary v = selected.get();
        if (v != null) {
            change(new Texts(messages.text("registry.delete.confirm", v.uri()),
                    messages.text("registry.delete.explain"), messages.text("registry.delete.reason"),
                    messages.text("registry.task.delete"), messages.text("registry.delete.done", v.uri()),
                    messages.text("registry.error.delete")), why -> {
                        services.registry().registry().deleteVersion(actor, v.uri(), why);
                        return v.uri();
                    });
        }
    }

    /**
     * @param version a version
     * @return true when it is archived (the view offers Restore instead of Archive)
     */
    public static boolean isArchived(VersionSummary version) {
        return version != null && version.status() == VersionStatus.ARCHIVED;
    }

    /** The texts of one confirmed change: question, explanation, audited reason, task, success, failure. */
    private record Texts(String confirm, String explain, String reason, String task, String done, String error) {
    }

    private void change(Texts texts, Function<String, Object> change) {
        if (!dialogs.confirm(texts.confirm(), texts.explain())) {
            return;
        }
        Work<Object> work = (progress, cancel) -> change.apply(texts.reason());
        executor.execute(BackgroundTask.of(texts.task(), work)
                .onSuccess(done -> {
                    dialogs.notify(texts.done());
                    changed.run();
                })
                .onFailure(failure -> dialogs.showError(texts.error(), failure)));
    }
}
