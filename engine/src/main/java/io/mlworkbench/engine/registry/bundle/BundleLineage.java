package io.mlworkbench.engine.registry.bundle;

import io.mlworkbench.engine.registry.ModelLineage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code lineage.json}: where a bundled model came from, in the exporting workspace. Survives import unchanged,
 * so the importing workspace can show it even though that workspace has no such run or dataset.
 *
 * @param sourceUri the version's URI where it was exported, e.g. {@code models:/churn/2}
 * @param description the version's description
 * @param registeredBy who registered the version
 * @param registeredAt when (ISO-8601)
 * @param runId the training run there
 * @param project its project
 * @param experiment its experiment
 * @param algorithm the algorithm id
 * @param hyperparameters the hyperparameters, values as text
 * @param seed the seed
 * @param dataset the dataset name, or null
 * @param datasetVersion the dataset version number, or 0
 * @param datasetHash the dataset version's content hash, or null
 * @param datasetRows its row count, or 0
 * @param pipeline the feature pipeline's name, or null
 * @param pipelineVersion its version, or 0
 * @param trainedBy who trained it
 * @param startedAt when training started (ISO-8601)
 * @param finishedAt when it finished (ISO-8601), or null
 * @param modelSha256 the SHA-256 of the model's protobuf bytes
 */
public record BundleLineage(String sourceUri, String description, String registeredBy, String registeredAt,
                            long runId, String project, String experiment, String algorithm,
                            Map<String, String> hyperparameters, long seed, String dataset, int datasetVersion,
                            String datasetHash, long datasetRows, String pipeline, int pipelineVersion,
                            String trainedBy, String startedAt, String finishedAt, String modelSha256) {

    /** Copies the hyperparameters, keeping their order. */
    public BundleLineage {
        hyperparameters = hyperparameters == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
    }

    /**
     * @param lineage a registered version's lineage
     * @return the same facts in portable form
     */
    static BundleLineage of(ModelLineage lineage) {
        var version = lineage.version();
        var dataset = lineage.dataset();
        var pipeline = lineage.pipeline();
        return new BundleLineage(version.uri().toString(), version.description(), version.createdBy(),
                version.createdAt().toString(), lineage.runId(), lineage.projectName(), lineage.experimentName(),
                lineage.algorithm(), lineage.hyperparameters(), lineage.seed(),
                dataset.map(d -> d.datasetName()).orElse(null), dataset.map(d -> d.version()).orElse(0),
                dataset.map(d -> d.contentHash()).orElse(null), dataset.map(d -> d.rowCount()).orElse(0L),
                pipeline.map(p -> p.pipelineName()).orElse(null), pipeline.map(p -> p.version()).orElse(0),
                lineage.trainedBy(), lineage.startedAt().toString(),
                lineage.finishedAt().map(Object::toString).orElse(null), lineage.modelSha256().orElse(null));
    }

    /** @return the dataset as {@code name v3 (hash prefix, rows)}, or {@code none recorded} */
    public String datasetLabel() {
        if (dataset == null) {
            return "none recorded";
        }
        return dataset + " v" + datasetVersion + " (" + (datasetHash == null ? "?" : datasetHash.substring(0,
                Math.min(12, datasetHash.length()))) + ", " + datasetRows + " rows)";
    }

    /** @return the pipeline as {@code name v2}, or {@code none} */
    public String pipelineLabel() {
        return pipeline == null ? "none" : pipeline + " v" + pipelineVersion;
    }
}
