package io.mlworkbench.app.registry;

import io.mlworkbench.app.compare.RunCatalog;
import io.mlworkbench.app.compare.RunChoice;
import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Registers a finished training run as a new version of a named model, with tags typed as {@code k=v, k=v}. */
public final class RegisterRunViewModel {

    private final RegistryServices services;
    private final RunCatalog runCatalog;
    private final Actor actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable changed;

    private final ObservableList<RunChoice> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunChoice> run = new SimpleObjectProperty<>();
    private final StringProperty modelName = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    /**
     * @param services the registry services
     * @param runCatalog lists the finished runs
     * @param actor who registers
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param changed called after a registration, to reload the list
     */
    public RegisterRunViewModel(RegistryServices services, RunCatalog runCatalog, Actor actor,
                                TaskExecutor executor, DialogService dialogs, Messages messages, Runnable changed) {
        this.services = services;
        this.runCatalog = runCatalog;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.changed = changed;
        run.addListener((observable, before, now) -> suggestName(before, now));
    }

    /** Fills the model name from the chosen run's table and target, unless the user typed one of their own. */
    private void suggestName(RunChoice before, RunChoice now) {
        String current = modelName.get() == null ? "" : modelName.get().strip();
        boolean untouched = current.isEmpty() || before != null && current.equals(before.suggestedModelName());
        if (now != null && untouched) {
            modelName.set(now.suggestedModelName());
        }
    }

    /** @return the finished runs that can be registered */
    public ObservableList<RunChoice> runs() {
        return runs;
    }

    /** @return the chosen run */
    public ObjectProperty<RunChoice> runProperty() {
        return run;
    }

    /** @return the model name to register under */
    public StringProperty modelNameProperty() {
        return modelName;
    }

    /** @return tags as {@code name=text} pairs separated by commas */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** @return what is wrong with the form, empty when nothing */
    public StringProperty errorProperty() {
        return error;
    }

    /** Reloads the finished runs. */
    public void refresh() {
        executor.execute(BackgroundTask.of(messages.text("registry.task.runs"), (progress, cancel) ->
                        runCatalog.finishedRuns())
                .onSuccess(list -> {
                    runs.setAll(list);
                    if (run.get() == null && !list.isEmpty()) {
                        run.set(list.get(0)); // the newest: usually the one just trained
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.runs"), failure)));
    }

    /** Registers the chosen run, when the form is complete. */
    public void register() {
        RunChoice chosen = run.get();
        String name = modelName.get() == null ? "" : modelName.get().strip();
        if (chosen == null) {
            error.set(messages.text("registry.register.noRun"));
            return;
        }
        if (name.isEmpty()) {
            error.set(messages.text("registry.register.noName"));
            return;
        }
        Optional<Map<String, String>> parsed = parseTags(tags.get());
        if (parsed.isEmpty()) {
            return;
        }
        error.set("");
        executor.execute(BackgroundTask.of(messages.text("registry.task.register"), (progress, cancel) ->
                        services.registry().registry().register(actor, name, chosen.runId(), "", parsed.get()))
                .onSuccess(version -> {
                    dialogs.notify(messages.text("registry.register.done", chosen.runId(), version.uri()));
                    tags.set("");
                    changed.run();
                })
                .onFailure(failure -> {
                    error.set(failure.getMessage());
                    dialogs.showError(messages.text("registry.error.register"), failure);
                }));
    }

    private Optional<Map<String, String>> parseTags(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String piece : (text == null ? "" : text).split(",")) {
            String pair = piece.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                error.set(messages.text("registry.register.badTag", pair));
                return Optional.empty();
            }
            parsed.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return Optional.of(parsed);
    }
}
