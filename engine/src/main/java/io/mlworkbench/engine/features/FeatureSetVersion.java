package io.mlworkbench.engine.features;

import java.time.Instant;
import java.util.Optional;

/**
 * One immutable version of a feature set: a definition, and when fitted, the fitted state and the dataset version it
 * was fitted on.
 *
 * @param id its id ({@code feature_pipeline_version.id}): what training runs and feature tables refer to
 * @param featureSetId the feature set
 * @param versionNo 1, 2, ... within the feature set
 * @param definition the pipeline definition
 * @param fittedOnDatasetVersionId the dataset version its state was learned from, when fitted
 * @param fitted true when it holds fitted state
 * @param createdBy who saved it
 * @param createdAt when
 */
public record FeatureSetVersion(long id, long featureSetId, int versionNo, PipelineDefinition definition,
                                Optional<Long> fittedOnDatasetVersionId, boolean fitted, String createdBy,
                                Instant createdAt) {
}
