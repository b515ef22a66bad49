package io.mlworkbench.app.registry;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.registry.ModelLineage;
import io.mlworkbench.engine.registry.ModelQuery;
import io.mlworkbench.engine.registry.RunMetric;
import io.mlworkbench.engine.registry.VersionSummary;
import io.mlworkbench.engine.registry.bundle.BundleFormat;
import io.mlworkbench.engine.registry.bundle.BundlePreview;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Registry step's state and actions: search the versions, show one version's lineage and metrics, preview a
 * dropped {@code .mlwb} bundle and import it, export the selected version. Engine calls go through the
 * {@link TaskExecutor}; no JavaFX scene classes.
 */
public final class RegistryViewModel {

    private final RegistryServices services;
    private final Actor actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<VersionSummary> versions = FXCollections.observableArrayList();
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final ObjectProperty<Path> pendingBundle = new SimpleObjectProperty<>();

    /**
     * @param services the registry and bundle services
     * @param actor who works
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     */
    public RegistryViewModel(RegistryServices services, Actor actor, TaskExecutor executor, DialogService dialogs,
                             Messages messages) {
        this.services = services;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        search.addListener((obs, old, text) -> refresh());
    }

    /** @return the search text (model name contains) */
    public StringProperty searchProperty() {
        return search;
    }

    /** @return the matching versions */
    public ObservableList<VersionSummary> versions() {
        return versions;
    }

    /** @return true when the workspace has no registered version at all (show what to do next) */
    public BooleanProperty emptyProperty() {
        return empty;
    }

    /** @return the selected version's lineage and metrics as text */
    public StringProperty detailProperty() {
        return detail;
    }

    /** @return what a dropped bundle holds, before import */
    public StringProperty previewProperty() {
        return preview;
    }

    /** @return the verified bundle waiting for the user to import it, or null */
    public ObjectProperty<Path> pendingBundleProperty() {
        return pendingBundle;
    }

    /** Reloads the versions matching the search. */
    public void refresh() {
        String text = search.get() == null ? "" : search.get().strip();
        ModelQuery query = text.isEmpty() ? ModelQuery.all() : ModelQuery.all().withNameContaining(text);
        executor.execute(BackgroundTask.of(messages.text("registry.task.load"), (progress, cancel) ->
                        services.registry().catalog().search(actor, query))
                .onSuccess(result -> {
                    versions.setAll(result.versions());
                    empty.set(text.isEmpty() && result.versions().isEmpty());
                })
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.load"), failure)));
    }

    /** @param version the version to show, or null to clear */
    public void select(VersionSummary version) {
        if (version == null) {
            detail.set("");
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("registry.task.lineage"), (progress, cancel) ->
                        services.registry().catalog().lineage(actor, version.uri()))
                .onSuccess(lineage -> detail.set(describe(lineage)))
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.lineage"), failure)));
    }

    /**
     * Verifies a bundle (dropped or chosen) and shows its contents; nothing is imported yet.
     *
     * @param file the {@code .mlwb} file
     */
    public void previewBundle(Path file) {
        if (!file.getFileName().toString().endsWith(BundleFormat.EXTENSION)) {
            dialogs.notify(messages.text("registry.import.notBundle", file.getFileName()));
            return;
        }
        pendingBundle.set(null);
        executor.execute(BackgroundTask.of(messages.text("registry.task.preview"), (progress, cancel) ->
                        services.importer().preview(file))
                .onSuccess(shown -> {
                    preview.set(describe(shown));
                    pendingBundle.set(file);
                })
                .onFailure(failure -> {
                    preview.set(messages.text("registry.import.refused", failure.getMessage()));
                    dialogs.showError(messages.text("registry.error.preview"), failure);
                }));
    }

    /** Imports the previewed bundle as a new version. */
    public void importPending() {
        Path file = pendingBundle.get();
        if (file == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("registry.task.import"), (progress, cancel) ->
                        services.importer().importBundle(actor, file, Optional.empty()))
                .onSuccess(imported -> {
                    pendingBundle.set(null);
                    preview.set("");
                    dialogs.notify(messages.text("registry.import.done", imported.version().uri()));
                    refresh();
                })
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.import"), failure)));
    }

    /**
     * Exports a version as a bundle.
     *
     * @param version the version
     * @param target the file to write
     */
    public void export(VersionSummary version, Path target) {
        executor.execute(BackgroundTask.of(messages.text("registry.task.export"), (progress, cancel) ->
                        services.exporter().export(actor, version.uri(), target, Optional.empty()))
                .onSuccess(bundle -> dialogs.notify(messages.text("registry.export.done", bundle.file())))
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.export"), failure)));
    }

    private String describe(ModelLineage l) {
        StringBuilder text = new StringBuilder();
        text.append(messages.text("registry.detail.version", l.version().uri(), l.version().createdBy(),
                l.version().createdAt())).append('\n');
        text.append(messages.text("registry.detail.run", l.runId(), l.projectName(), l.experimentName(),
                l.trainedBy())).append('\n');
        text.append(messages.text("registry.detail.algorithm", l.algorithm(), l.seed(), l.hyperparameters()))
                .append('\n');
        text.append(messages.text("registry.detail.dataset", l.dataset().map(d -> d.label()).orElse("-"),
                l.pipeline().map(p -> p.pipelineName() + " v" + p.version()).orElse("-"))).append('\n');
        if (!l.version().tags().isEmpty()) {
            text.append(messages.text("registry.detail.tags", new java.util.TreeMap<>(l.version().tags())))
                    .append('\n');
        }
        appendMetrics(text, l.metrics());
        return text.toString();
    }

    private String describe(BundlePreview p) {
        StringBuilder text = new StringBuilder();
        text.append(messages.text("registry.preview.model", p.manifest().modelName(), p.manifest().modelVersion(),
                p.lineage().sourceUri())).append('\n');
        text.append(messages.text("registry.detail.algorithm", p.lineage().algorithm(), p.lineage().seed(),
                p.lineage().hyperparameters())).append('\n');
        text.append(messages.text("registry.detail.dataset", p.lineage().datasetLabel(), p.lineage().pipelineLabel()))
                .append('\n');
        appendMetrics(text, p.metrics());
        p.checks().forEach(c -> text.append("  \u2713 ").append(c).append('\n'));
        return text.toString();
    }

    private static void appendMetrics(StringBuilder text, List<RunMetric> metrics) {
        for (RunMetric m : metrics) {
            if (m.step() == 0 && "test".equals(m.split())) {
                text.append(String.format(Locale.ROOT, "  %-22s %.4f%n", m.name(), m.value()));
            }
        }
    }
}
