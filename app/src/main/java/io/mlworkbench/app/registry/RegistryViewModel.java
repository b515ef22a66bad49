package io.mlworkbench.app.registry;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.shell.LifecycleStep;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.registry.ModelQuery;
import io.mlworkbench.engine.registry.VersionStatus;
import io.mlworkbench.engine.registry.VersionSummary;
import io.mlworkbench.engine.training.EvaluationReport;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Registry step's version list and detail: search and filter the versions (name, alias, status, algorithm),
 * load the selected version's lineage, evaluation and (for an imported version) bundle origin, write the lineage
 * text, and switch to the steps its lineage links to. Engine calls go through the {@link TaskExecutor}; no JavaFX
 * scene classes.
 */
public final class RegistryViewModel {

    private final RegistryServices services;
    private final Actor actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<LifecycleStep> navigator;
    private final Predicate<LifecycleStep> available;

    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty aliasFilter = new SimpleStringProperty("");
    private final StringProperty algorithmFilter = new SimpleStringProperty("");
    private final ObjectProperty<VersionStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<VersionSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<String> algorithms = FXCollections.observableArrayList();
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final ObjectProperty<VersionSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<VersionDetail> detail = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper lineageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper originText = new ReadOnlyStringWrapper("");
    private final ObservableList<LineageLink> links = FXCollections.observableArrayList();
    private final LineageText lineageWriter;
    private final LineageLinks lineageLinks;

    /**
     * @param services the registry and training services
     * @param actor who works
     * @param executor background work
     * @param dialogs what the user is told
     * @param messages user-visible text
     * @param navigator switches the window to another step (lineage links, the empty state's link to Train)
     * @param available says which steps exist, so links to missing steps are hidden
     */
    public RegistryViewModel(RegistryServices services, Actor actor, TaskExecutor executor, DialogService dialogs,
                             Messages messages, Consumer<LifecycleStep> navigator,
                             Predicate<LifecycleStep> available) {
        this.services = services;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.navigator = navigator;
        this.available = available;
        this.lineageWriter = new LineageText(messages);
        this.lineageLinks = new LineageLinks(messages, available);
        detail.addListener((obs, old, shown) -> describe(shown));
        search.addListener((obs, old, text) -> refresh());
        aliasFilter.addListener((obs, old, text) -> refresh());
        algorithmFilter.addListener((obs, old, text) -> refresh());
        statusFilter.addListener((obs, old, status) -> refresh());
        selected.addListener((obs, old, version) -> load(version));
    }

    /**
     * @param algorithmId an algorithm id as stored with a version
     * @return its name for people, as the Train and Compare steps show it ({@code Gradient-boosted trees (XGBoost)})
     */
    public String algorithmName(String algorithmId) {
        return services.training().catalog().displayName(algorithmId);
    }

    /** @return the search text (model name contains) */
    public StringProperty searchProperty() {
        return search;
    }

    /** @return only versions this alias points at; empty for any */
    public StringProperty aliasFilterProperty() {
        return aliasFilter;
    }

    /** @return only versions trained with this algorithm; empty for any */
    public StringProperty algorithmFilterProperty() {
        return algorithmFilter;
    }

    /** @return only versions with this status; null for any */
    public ObjectProperty<VersionStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** @return the matching versions */
    public ObservableList<VersionSummary> versions() {
        return versions;
    }

    /** @return the algorithms seen in the registry, for the algorithm filter */
    public ObservableList<String> algorithms() {
        return algorithms;
    }

    /** @return true when the workspace has no registered version at all (show what to do next) */
    public BooleanProperty emptyProperty() {
        return empty;
    }

    /** @return the selected version, or null */
    public ObjectProperty<VersionSummary> selectedProperty() {
        return selected;
    }

    /** @return the selected version's lineage and evaluation, or null */
    public ObjectProperty<VersionDetail> detailProperty() {
        return detail;
    }

    /** @return the selected version's full lineage as text, empty when none is shown */
    public ReadOnlyStringProperty lineageTextProperty() {
        return lineageText.getReadOnlyProperty();
    }

    /**
     * @return for a version imported from a bundle, which bundle (file, exporter, signer) and what the source
     *         workspace recorded (run, algorithm, seed, dataset, pipeline); otherwise empty
     */
    public ReadOnlyStringProperty originTextProperty() {
        return originText.getReadOnlyProperty();
    }

    /** @return the selected version's run, dataset and pipeline: links to steps, or plain text where none exists */
    public ObservableList<LineageLink> links() {
        return links;
    }

    private void describe(VersionDetail shown) {
        lineageText.set(shown == null ? "" : lineageWriter.describe(shown));
        originText.set(shown == null ? "" : shown.origin().map(lineageWriter::originSummary).orElse(""));
        links.setAll(shown == null ? List.of() : lineageLinks.of(shown));
    }

    /** Reloads the versions matching the search and filters, keeping the selection when it still matches. */
    public void refresh() {
        ModelQuery query = query();
        boolean unfiltered = query.equals(ModelQuery.all());
        executor.execute(BackgroundTask.of(messages.text("registry.task.load"), (progress, cancel) ->
                        services.registry().catalog().search(actor, query))
                .onSuccess(result -> {
                    VersionSummary before = selected.get();
                    versions.setAll(result.versions());
                    TreeSet<String> seen = new TreeSet<>(algorithms);
                    result.versions().forEach(v -> seen.add(v.algorithm()));
                    seen.remove("");
                    algorithms.setAll(seen);
                    empty.set(unfiltered && result.versions().isEmpty());
                    selected.set(before == null ? null : result.versions().stream()
                            .filter(v -> v.versionId() == before.versionId()).findFirst().orElse(null));
                })
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.load"), failure)));
    }

    private ModelQuery query() {
        ModelQuery query = ModelQuery.all();
        Optional<String> name = text(search);
        if (name.isPresent()) {
            query = query.withNameContaining(name.get());
        }
        Optional<String> alias = text(aliasFilter);
        if (alias.isPresent()) {
            query = query.withAlias(alias.get());
        }
        Optional<String> algorithm = text(algorithmFilter);
        if (algorithm.isPresent()) {
            query = query.withAlgorithm(algorithm.get());
        }
        return statusFilter.get() == null ? query : query.withStatus(statusFilter.get());
    }

    private static Optional<String> text(StringProperty property) {
        String value = property.get() == null ? "" : property.get().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private void load(VersionSummary version) {
        if (version == null) {
            detail.set(null);
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("registry.task.lineage"), (progress, cancel) -> {
            var lineage = services.registry().catalog().lineage(actor, version.uri());
            return new VersionDetail(lineage, evaluation(lineage.runId()),
                    services.importer().origin(actor, lineage.version()));
        }).onSuccess(detail::set)
                .onFailure(failure -> dialogs.showError(messages.text("registry.error.lineage"), failure)));
    }

    private Optional<EvaluationReport> evaluation(long runId) {
        try {
            return Optional.of(services.training().evaluation(runId));
        } catch (WorkbenchException noEvaluation) {
            return Optional.empty();
        }
    }

    /**
     * @param step a step
     * @return true when the window has that step, so a link to it makes sense
     */
    public boolean canOpen(LifecycleStep step) {
        return available.test(step);
    }

    /** @param step the step to switch to: Train for the run, Compare, Import for the dataset version */
    public void open(LifecycleStep step) {
        navigator.accept(step);
    }
}
