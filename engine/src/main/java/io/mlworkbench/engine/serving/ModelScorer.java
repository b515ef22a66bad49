package io.mlworkbench.engine.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.features.FeaturePipelineJson;
import io.mlworkbench.engine.features.FeaturePipelineRepository;
import io.mlworkbench.engine.features.FittedPipeline;
import io.mlworkbench.engine.features.step.StepCatalog;
import io.mlworkbench.engine.registry.ModelCatalogService;
import io.mlworkbench.engine.registry.ModelUri;
import io.mlworkbench.engine.registry.ModelVersion;
import io.mlworkbench.engine.registry.bundle.BundleFormat;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.training.ModelStore;
import io.mlworkbench.engine.training.TrainingService;
import io.mlworkbench.engine.training.run.RunArtifact;
import io.mlworkbench.engine.training.run.TrainingRun;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Loads a registered version for scoring: resolves a {@code models:/name/version}, {@code models:/name@alias} or
 * {@code models:/name/latest} URI (checking view rights), reads the version's Tribuo model and encoding from its run
 * and the fitted feature pipeline the run was trained behind, if any. Versions imported from a bundle load the same
 * way: their run holds the bundle's model, encoding and pipeline. Loading is the slow part; keep the
 * {@link LoadedModel} and score with it as often as needed.
 */
public final class ModelScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelCatalogService catalog;
    private final TrainingService training;
    private final FeaturePipelineRepository pipelines;
    private final FeaturePipelineJson pipelineJson;
    private final ModelStore store;

    /**
     * @param database the registry
     * @param catalog resolves model URIs, checking view rights
     * @param training reads runs and their models
     * @param steps the feature step types a fitted pipeline may use
     * @param clock the clock (for the blob store)
     */
    public ModelScorer(RegistryDatabase database, ModelCatalogService catalog, TrainingService training,
                       StepCatalog steps, Clock clock) {
        this.catalog = catalog;
        this.training = training;
        this.pipelines = new FeaturePipelineRepository(database.jdbi());
        this.pipelineJson = new FeaturePipelineJson(steps);
        this.store = new ModelStore(database.jdbi(), clock);
    }

    /**
     * @param actor who scores (viewer or higher)
     * @param uri e.g. {@code models:/churn@champion}
     * @return the version, loaded and ready to score
     * @throws io.mlworkbench.engine.registry.InvalidModelUriException when the text is not a model URI
     * @throws io.mlworkbench.engine.registry.ModelNotFoundException when it names nothing in this workspace
     */
    public LoadedModel load(Actor actor, String uri) {
        return load(actor, ModelUri.parse(uri));
    }

    /**
     * @param actor who scores (viewer or higher)
     * @param uri the version
     * @return the version, loaded and ready to score
     * @throws io.mlworkbench.engine.registry.ModelNotFoundException when it names nothing in this workspace
     */
    public LoadedModel load(Actor actor, ModelUri uri) {
        ModelVersion version = catalog.version(actor, uri);
        long runId = version.runId().orElseThrow(() -> new WorkbenchException("Version " + version.uri()
                + " (resolved from " + uri + ") has no training run, so it has no model to score with"));
        return new LoadedModel(version, training.loadModel(runId), pipeline(training.run(runId)));
    }

    /** The pipeline a bundle brought along (an artifact of the imported run), else the run's own pipeline version. */
    private Optional<FittedPipeline> pipeline(TrainingRun run) {
        Optional<RunArtifact> imported = training.artifacts(run.id()).stream()
                .filter(a -> a.name().equals(BundleFormat.PIPELINE)).findFirst();
        if (imported.isPresent()) {
            return Optional.of(pipelineJson.readFitted(fittedState(run.id(), store.get(imported.get().blobId()))));
        }
        return run.pipelineVersionId().map(id -> {
            FeaturePipelineRepository.VersionRow row = pipelines.findVersion(id).orElseThrow(() ->
                    new WorkbenchException("Run " + run.id() + " was trained behind feature set version id " + id
                            + ", which no longer exists"));
            if (row.fittedStateJson() == null) {
                throw new WorkbenchException("Run " + run.id() + " was trained behind version " + row.versionNo()
                        + " of feature set " + row.pipelineId() + ", which holds no fitted state");
            }
            return pipelineJson.readFitted(row.fittedStateJson());
        });
    }

    private static String fittedState(long runId, byte[] artifact) {
        try {
            JsonNode state = JSON.readTree(artifact).path("fittedState");
            if (!state.isObject()) {
                throw new WorkbenchException("Run " + runId + ": artifact '" + BundleFormat.PIPELINE
                        + "' has no 'fittedState' object; expected the fitted pipeline the bundle was exported with");
            }
            return state.toString();
        } catch (IOException e) {
            throw new WorkbenchException("Run " + runId + ": artifact '" + BundleFormat.PIPELINE + "' is not valid"
                    + " JSON: " + e.getMessage(), e);
        }
    }
}
