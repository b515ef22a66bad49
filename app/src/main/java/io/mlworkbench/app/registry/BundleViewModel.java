package io.mlworkbench.app.registry;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.registry.RunMetric;
import io.mlworkbench.engine.registry.VersionSummary;
import io.mlworkbench.engine.registry.bundle.BundleExportOptions;
import io.mlworkbench.engine.registry.bundle.BundleFormat;
import io.mlworkbench.engine.registry.bundle.BundleKeys;
import io.mlworkbench.engine.registry.bundle.BundlePreview;
import io.mlworkbench.engine.registry.bundle.InputField;
import io.mlworkbench.engine.registry.bundle.onnx.OnnxSection;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sharing versions as {@code .mlwb} bundles: export the selected version (signed when a key file is chosen, with
 * its ONNX form unless the user unticks it);
 * verify a dropped or chosen bundle and show what it holds (manifest, lineage, metrics, checks, signer) before
 * the user imports it.
 */
public final class BundleViewModel {

    private final RegistryServices services;
    private final Actor actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable changed;

    private final StringProperty preview = new SimpleStringProperty("");
    private final ObjectProperty<Path> pendingBundle = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> signingKey = new SimpleObjectProperty<>();
    private final BooleanProperty includeOnnx = new SimpleBooleanProperty(true);

    /**
     * @param services the bundle services
     * @param actor who exports and imports
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param changed called after an import, to reload the list
     */
    public BundleViewModel(RegistryServices services, Actor actor, TaskExecutor executor, DialogService dialogs,
                           Messages messages, Runnable changed) {
        this.services = services;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.changed = changed;
    }

    /** @return what the previewed bundle holds, or why it was refused */
    public StringProperty previewProperty() {
        return preview;
    }

    /** @return the verified bundle waiting for the user to import it, or null */
    public ObjectProperty<Path> pendingBundleProperty() {
        return pendingBundle;
    }

    /** @return the signing key file exports use, or null to export unsigned */
    public ObjectProperty<Path> signingKeyProperty() {
        return signingKey;
    }

    /** @return true (the default) to add {@code model.onnx} to exports of linear models */
    public BooleanProperty includeOnnxProperty() {
        return includeOnnx;
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
                    preview.set(describe(file, shown));
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
                    changed.run();
                })
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.import"), failure)));
    }

    /**
     * Exports a version as a bundle, signed with the chosen key when there is one, with {@code model.onnx} when
     * asked for and the model is linear.
     *
     * @param version the version
     * @param target the file to write
     */
    public void export(VersionSummary version, Path target) {
        Path key = signingKey.get();
        boolean onnx = includeOnnx.get();
        executor.execute(BackgroundTask.of(messages.text("registry.task.export"), (progress, cancel) ->
                        services.exporter().export(actor, version.uri(), target, BundleExportOptions.defaults()
                                .withSigningKey(key == null ? Optional.empty()
                                        : Optional.of(BundleKeys.readSigningKey(key))).withOnnx(onnx)))
                .onSuccess(bundle -> dialogs.notify(messages.text("registry.export.done", bundle.file())))
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.export"), failure)));
    }

    private String describe(Path file, BundlePreview p) {
        StringBuilder text = new StringBuilder();
        line(text, messages.text("registry.preview.model", p.manifest().modelName(), p.manifest().modelVersion(),
                p.lineage().sourceUri(), file.getFileName()));
        line(text, messages.text("registry.preview.created", p.manifest().createdBy(), p.manifest().createdAt(),
                p.manifest().formatVersion(), new TreeMap<>(p.manifest().libraries())));
        line(text, messages.text("registry.detail.algorithm", p.lineage().algorithm(), p.lineage().seed(),
                p.lineage().hyperparameters()));
        line(text, messages.text("registry.detail.dataset", p.lineage().datasetLabel(), p.lineage().pipelineLabel()));
        line(text, p.signer().map(s -> p.signerTrusted() ? messages.text("registry.preview.signedTrusted", s)
                : messages.text("registry.preview.signedUnknown", s))
                .orElse(messages.text("registry.preview.unsigned")));
        line(text, messages.text("registry.preview.output", p.manifest().output().name(),
                p.manifest().output().task(), p.manifest().output().labels()));
        OnnxSection onnx = p.manifest().onnx();
        line(text, onnx.included() ? messages.text("registry.preview.onnx", onnx.entry(), onnx.input().name(),
                onnx.input().shape(), onnx.features().size(), onnx.outputKind(), onnx.outputLabels())
                : messages.text("registry.preview.noOnnx", onnx.note()));
        line(text, messages.text("registry.preview.inputs", p.manifest().inputs().size()));
        for (InputField input : p.manifest().inputs()) {
            text.append(String.format(Locale.ROOT, "  %-22s %s%s%n", input.name(), input.type(),
                    input.categories().isEmpty() ? "" : " " + input.categories()));
        }
        line(text, messages.text("registry.preview.metrics"));
        for (RunMetric m : p.metrics()) {
            if (m.step() == 0 && "test".equals(m.split())) {
                text.append(String.format(Locale.ROOT, "  %-22s %.4f%n", m.name(), m.value()));
            }
        }
        line(text, messages.text("registry.preview.checks", p.manifest().entries().size()));
        p.checks().forEach(c -> text.append("  \u2713 ").append(c).append('\n'));
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
