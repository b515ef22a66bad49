package io.mlworkbench.app.features;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetUsage;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.store.FeatureTable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The feature store panel: the feature sets of every project, searched by name, tag or owner; for the selected
 * set its versions (and what each was fitted on), its materialised tables (lineage and freshness) and where it is
 * used; and "use in this project", which loads its newest version into the editor.
 */
public final class FeatureStoreViewModel {

    /** What the store's detail lists show for one feature set. */
    private record Details(List<StoreDetailRow> versions, List<StoreDetailRow> tables, List<StoreDetailRow> usages) {
    }

    private final FeatureServices services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<FeatureSetRow> sets = FXCollections.observableArrayList();
    private final ObjectProperty<FeatureSetRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<StoreDetailRow> versions = FXCollections.observableArrayList();
    private final ObservableList<StoreDetailRow> tables = FXCollections.observableArrayList();
    private final ObservableList<StoreDetailRow> usages = FXCollections.observableArrayList();
    private BiConsumer<FeatureSet, FeatureSetVersion> onUse = (set, version) -> { };

    /**
     * @param services the engine services
     * @param executor runs registry queries off the UI thread
     * @param dialogs unexpected errors
     * @param messages user-visible text
     * @param debouncer waits for a pause in typing before searching
     */
    public FeatureStoreViewModel(FeatureServices services, TaskExecutor executor, DialogService dialogs,
                                 Messages messages, Debouncer debouncer) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
        search.addListener((observable, before, now) -> debouncer.submit(this::refresh));
        selected.addListener((observable, before, now) -> loadDetails(now));
    }

    /** @param listener told which set and version the user wants to use in the current project */
    void onUse(BiConsumer<FeatureSet, FeatureSetVersion> listener) {
        this.onUse = listener;
    }

    /** Searches the feature sets again (by name, tag or owner) and keeps the selection when it is still found. */
    public void refresh() {
        reveal(selected.get() == null ? -1 : selected.get().set().id());
    }

    /**
     * Searches the feature sets again and selects one (the first found when it is not among them).
     *
     * @param setId the feature set to select
     */
    void reveal(long setId) {
        String text = search.get() == null ? "" : search.get().strip();
        executor.execute(BackgroundTask.of(messages.text("features.task.search"), (progress, cancel) ->
                        new FeatureSetSearch(services.pipelines()).find(text))
                .onSuccess(found -> {
                    sets.setAll(found.stream().map(this::row).toList());
                    FeatureSetRow before = selected.get();
                    FeatureSetRow next = sets.stream().filter(r -> r.set().id() == setId).findFirst()
                            .orElse(sets.isEmpty() ? null : sets.get(0));
                    selected.set(next);
                    if (next != null && next.equals(before)) {
                        loadDetails(next);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("features.error.store"), failure)));
    }

    private FeatureSetRow row(FeatureSet set) {
        return new FeatureSetRow(set, String.join(", ", set.tags()), format(set.createdAt()));
    }

    private void loadDetails(FeatureSetRow row) {
        if (row == null) {
            versions.clear();
            tables.clear();
            usages.clear();
            return;
        }
        long id = row.set().id();
        executor.execute(BackgroundTask.of(messages.text("features.task.details", row.name()), (progress, cancel) ->
                        new Details(services.pipelines().versions(id).stream().map(this::versionRow).toList(),
                                services.store().list(id).stream().map(this::tableRow).toList(),
                                services.pipelines().usages(id).stream().map(this::usageRow).toList()))
                .onSuccess(details -> {
                    if (selected.get() == row) {
                        versions.setAll(details.versions());
                        tables.setAll(details.tables());
                        usages.setAll(details.usages());
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.text("features.error.store"), failure)));
    }

    private StoreDetailRow versionRow(FeatureSetVersion version) {
        String detail = version.fittedOnDatasetVersionId()
                .map(id -> messages.text("features.store.fittedOn", version.definition().steps().size(), dataset(id)))
                .orElse(messages.text("features.store.notFitted", version.definition().steps().size()));
        return new StoreDetailRow("v" + version.versionNo(), messages.text("features.store.by", detail,
                version.createdBy()), format(version.createdAt()), false);
    }

    private StoreDetailRow tableRow(FeatureTable table) {
        String freshness = table.freshness().newerPipelineVersion()
                ? messages.text("features.store.staleVersion")
                : table.freshness().newerDatasetVersion() ? messages.text("features.store.staleData")
                : messages.text("features.store.current");
        return new StoreDetailRow(messages.text("features.store.lineage", table.pipelineVersionNo(),
                dataset(table.datasetVersionId())), messages.text("features.store.by", messages.text(
                "features.store.tableDetail", table.rowCount(), freshness), table.createdBy()),
                format(table.createdAt()), !table.freshness().isCurrent());
    }

    private StoreDetailRow usageRow(FeatureSetUsage usage) {
        String what = "training_run".equals(usage.kind()) ? messages.text("features.store.usedByRun", usage.id())
                : messages.text("features.store.usedByTable", usage.id());
        return new StoreDetailRow(what, messages.text("features.store.usedIn", usage.projectName(),
                usage.versionNo()), format(usage.at()), false);
    }

    private String dataset(long versionId) {
        return services.data().version(versionId).map(v -> messages.text("features.dataset.short", v.dataset(),
                v.versionNo())).orElse(messages.text("features.dataset.unknown", versionId));
    }

    private String format(Instant instant) {
        return time.format(instant);
    }

    /** Loads the selected set's newest version into the editor of the current project. */
    public void useInThisProject() {
        FeatureSetRow row = selected.get();
        if (row == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.text("features.task.details", row.name()), (progress, cancel) ->
                        services.pipelines().versions(row.set().id()).get(0))
                .onSuccess(version -> onUse.accept(row.set(), version))
                .onFailure(failure -> dialogs.showError(messages.text("features.error.store"), failure)));
    }

    /** @return the search text: part of a name, a tag or an owner */
    public StringProperty searchProperty() {
        return search;
    }

    /** @return the feature sets found, of every project */
    public ObservableList<FeatureSetRow> sets() {
        return sets;
    }

    /** @return the selected feature set */
    public ObjectProperty<FeatureSetRow> selectedProperty() {
        return selected;
    }

    /** @return the selected set's versions, newest first */
    public ObservableList<StoreDetailRow> versions() {
        return versions;
    }

    /** @return the selected set's materialised tables with lineage and freshness, newest first */
    public ObservableList<StoreDetailRow> tables() {
        return tables;
    }

    /** @return where the selected set is used */
    public ObservableList<StoreDetailRow> usages() {
        return usages;
    }

    /** @return true when a set is selected */
    public BooleanBinding hasSelectionProperty() {
        return Bindings.isNotNull(selected);
    }
}
