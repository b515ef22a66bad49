package io.mlworkbench.app.features;

import io.mlworkbench.app.dialog.DialogService;
import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.task.BackgroundTask;
import io.mlworkbench.app.task.TaskExecutor;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetQuery;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Saves the edited pipeline as a named feature set: a new set (description, tags; the user is its owner) or a
 * new version of an existing one — of this project, or of another project when it was taken from the feature
 * store. Saving fits the pipeline on the training rows, stores the fitted version linked to its dataset version
 * and materialises its feature table.
 */
public final class FeatureSetSaveViewModel {

    private final FeatureServices services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObjectProperty<FeatureSet> linked = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper linkNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param services the engine services
     * @param executor runs fitting and saving off the UI thread
     * @param dialogs notifications and unexpected errors
     * @param messages user-visible text
     */
    public FeatureSetSaveViewModel(FeatureServices services, TaskExecutor executor, DialogService dialogs,
                                   Messages messages) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        name.addListener((observable, before, now) -> {
            error.set("");
            updateLinkNote();
        });
        linked.addListener((observable, before, now) -> updateLinkNote());
        updateLinkNote();
    }

    /**
     * Makes the next save a new version of an existing feature set (e.g. one from another project).
     *
     * @param set the feature set
     */
    void link(FeatureSet set) {
        linked.set(set);
        name.set(set.name());
        description.set(set.description());
        tags.set(String.join(", ", set.tags()));
    }

    private void updateLinkNote() {
        FeatureSet set = linked.get();
        if (set != null && set.name().equals(name.get().strip())) {
            linkNote.set(messages.text("features.save.linked", set.name(), set.projectName()));
        } else {
            linkNote.set(messages.text("features.save.new"));
        }
    }

    /**
     * Saves in the background.
     *
     * @param request what to save
     * @param onSaved told what was saved (on the UI thread)
     */
    void save(SaveRequest request, Consumer<SavedFeatureSet> onSaved) {
        if (busy.get()) {
            return;
        }
        String setName = name.get().strip();
        String setDescription = description.get().strip();
        List<String> setTags = Arrays.stream(tags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(messages.text("features.task.save", setName), (progress, cancel) ->
                        store(request, setName, setDescription, setTags, progress, cancel))
                .onSuccess(saved -> {
                    linked.set(saved.set());
                    dialogs.notify(messages.text("features.save.done", saved.set().name(), saved.version().versionNo(),
                            request.version().dataset(), request.version().versionNo(), request.split().size(),
                            saved.table().rowCount()));
                    onSaved.accept(saved);
                })
                .onFailure(failure -> {
                    if (failure instanceof WorkbenchException) {
                        error.set(failure.getMessage());
                    } else {
                        dialogs.showError(messages.text("features.error.save"), failure);
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    private SavedFeatureSet store(SaveRequest request, String setName, String setDescription, List<String> setTags,
                                  ProgressListener progress, CancellationToken cancel) {
        FeatureSet set = findSet(request.projectName(), setName);
        if (set == null) {
            Project project = services.projects().list().stream().filter(p -> p.name().equals(request.projectName()))
                    .findFirst().orElseThrow(() -> new WorkbenchException("No project named '" + request.projectName()
                            + "'"));
            FeatureSetVersion first = services.pipelines().create(services.actor(), project.id(), setName,
                    setDescription, setTags, request.definition());
            set = services.pipelines().requireSet(first.featureSetId());
        } else if (!set.description().equals(setDescription) || !set.tags().equals(setTags)) {
            services.pipelines().updateDetails(services.actor(), set.id(), setDescription, setTags);
            set = services.pipelines().requireSet(set.id());
        }
        FittedPipeline fitted = services.fitter().fit(request.definition(), request.table(), request.split().rows(),
                request.split().seed(), progress, cancel).pipeline();
        cancel.throwIfCancelled("saving the feature set");
        FeatureSetVersion version = services.pipelines().saveFitted(services.actor(), set.id(), fitted,
                request.version().id());
        return new SavedFeatureSet(set, version, services.store().materialise(services.actor(), version.id(),
                request.version().id(), request.table(), progress, cancel));
    }

    private FeatureSet findSet(String projectName, String setName) {
        FeatureSet set = linked.get();
        if (set != null && set.name().equals(setName)) {
            return services.pipelines().requireSet(set.id());
        }
        return services.pipelines().search(FeatureSetQuery.all().named(setName)).stream()
                .filter(s -> s.projectName().equals(projectName) && s.name().equals(setName)).findFirst()
                .orElse(null);
    }

    /** @return the feature set's name */
    public StringProperty nameProperty() {
        return name;
    }

    /** @return the feature set's description */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** @return the feature set's tags, comma-separated */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** @return the owner of a new set: the user saving it */
    public String owner() {
        return services.actor().login();
    }

    /** @return the set the next save adds a version to, null for a new set */
    public ObjectProperty<FeatureSet> linkedProperty() {
        return linked;
    }

    /** @return whether the next save makes a new set or a new version of which set */
    public ReadOnlyStringProperty linkNoteProperty() {
        return linkNote.getReadOnlyProperty();
    }

    /** @return why the last save failed, empty when it did not */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return true while saving */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
