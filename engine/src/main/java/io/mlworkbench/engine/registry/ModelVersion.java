package io.mlworkbench.engine.registry;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One immutable version of a registered model: a training run's model, numbered 1, 2, 3... per model. Only
 * its status and tags change after registration; lineage is read from the run ({@link ModelLineage}).
 *
 * @param id the row id
 * @param modelId the registered model's id
 * @param modelName the registered model's name
 * @param version the version number, from 1
 * @param runId the training run whose model this is
 * @param status active or archived
 * @param description free text given at registration
 * @param createdBy who registered it
 * @param createdAt when
 * @param tags free-form tags, by name
 */
public record ModelVersion(long id, long modelId, String modelName, int version, OptionalLong runId,
                           VersionStatus status, String description, String createdBy, Instant createdAt,
                           Map<String, String> tags) {

    /** Copies the tags so the record stays immutable. */
    public ModelVersion {
        tags = Map.copyOf(tags);
    }

    /** @return {@code models:/<name>/<version>} */
    public ModelUri uri() {
        return ModelUri.ofVersion(modelName, version);
    }

    /** @return true when the version is archived */
    public boolean isArchived() {
        return status == VersionStatus.ARCHIVED;
    }
}
