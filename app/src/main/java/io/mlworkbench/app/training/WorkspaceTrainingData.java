package io.mlworkbench.app.training;

import io.mlworkbench.app.i18n.Messages;
import io.mlworkbench.app.session.WorkspaceSession;
import io.mlworkbench.engine.data.Table;
import io.mlworkbench.engine.data.dataset.Dataset;
import io.mlworkbench.engine.data.dataset.DatasetVersion;
import io.mlworkbench.engine.features.FeatureSet;
import io.mlworkbench.engine.features.FeatureSetQuery;
import io.mlworkbench.engine.features.FeatureSetVersion;
import io.mlworkbench.engine.project.Project;
import io.mlworkbench.engine.task.CancellationToken;
import io.mlworkbench.engine.task.ProgressListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Offers the dataset versions imported into a project, newest first, labelled {@code name@vN (rows × columns)},
 * and loads them through the {@link io.mlworkbench.engine.data.dataset.DatasetService}; the chosen version's id
 * goes on every run so lineage reaches the registry. A project without datasets gets the {@code fallback}
 * (the generated sample) so a first model can still be trained. Offers the project's fitted feature set versions
 * too, and applies one to a dataset version through the feature store (which keeps the feature table).
 */
public final class WorkspaceTrainingData implements TrainingData {

    private static final String KEY_PREFIX = "version:";

    private final WorkspaceSession session;
    private final Messages messages;
    private final TrainingData fallback;

    /**
     * @param session the open workspace
     * @param messages labels of the versions
     * @param fallback offered when the project has no dataset version
     */
    public WorkspaceTrainingData(WorkspaceSession session, Messages messages, TrainingData fallback) {
        this.session = session;
        this.messages = messages;
        this.fallback = fallback;
    }

    @Override
    public List<DatasetChoice> choices(Project project) {
        List<DatasetVersion> versions = new ArrayList<>();
        for (Dataset dataset : session.allDatasets()) {
            if (dataset.projectName().equals(project.name())) {
                versions.addAll(session.datasets().listVersions(dataset.id()));
            }
        }
        if (versions.isEmpty()) {
            return fallback.choices(project);
        }
        return versions.stream()
                .sorted(Comparator.comparing(DatasetVersion::createdAt).thenComparing(DatasetVersion::id).reversed())
                .map(this::choice).toList();
    }

    private DatasetChoice choice(DatasetVersion version) {
        return new DatasetChoice(KEY_PREFIX + version.id(), messages.text("training.dataset.version",
                version.datasetName(), version.versionNo(), version.rowCount(), version.columnCount()),
                Optional.of(version.id()));
    }

    @Override
    public Table load(DatasetChoice choice) {
        return choice.versionId().isPresent() ? loadVersion(choice.versionId().get()) : fallback.load(choice);
    }

    @Override
    public Table loadVersion(long versionId) {
        return session.datasets().loadTable(versionId);
    }

    @Override
    public List<FeatureSetChoice> featureSets(Project project, DatasetChoice choice) {
        if (choice.versionId().isEmpty()) {
            return List.of();
        }
        List<FeatureSetChoice> fitted = new ArrayList<>();
        for (FeatureSet set : session.featurePipelines().search(FeatureSetQuery.all())) {
            if (set.projectId() == project.id()) {
                session.featurePipelines().versions(set.id()).stream().filter(FeatureSetVersion::fitted)
                        .forEach(v -> fitted.add(featureSet(set, v)));
            }
        }
        return fitted;
    }

    private FeatureSetChoice featureSet(FeatureSet set, FeatureSetVersion version) {
        String fittedOn = version.fittedOnDatasetVersionId().flatMap(id -> session.datasets().findVersion(id))
                .map(d -> d.datasetName() + "@v" + d.versionNo()).orElse("?");
        return new FeatureSetChoice(Optional.of(version.id()), set.name() + " v" + version.versionNo(),
                messages.text("training.features.version", set.name(), version.versionNo(), fittedOn),
                messages.text("training.features.tooltip", set.name(), version.versionNo(), fittedOn));
    }

    @Override
    public Table loadFeatures(DatasetChoice choice, FeatureSetChoice features, ProgressListener progress,
                              CancellationToken cancel) {
        if (choice.versionId().isEmpty() || features.isRaw()) {
            return TrainingData.super.loadFeatures(choice, features, progress, cancel);
        }
        long versionId = choice.versionId().get();
        long tableId = session.featureStore().materialise(session.actor(), features.pipelineVersionId().get(),
                versionId, loadVersion(versionId), progress, cancel).id();
        return session.featureStore().read(tableId);
    }
}
