package io.mlworkbench.engine.features.store;

import java.time.Instant;

/**
 * A materialised feature table and its lineage: which feature-set version computed it from which dataset version.
 *
 * @param id its id ({@code feature_table.id})
 * @param featureSetId the feature set
 * @param featureSetName its name
 * @param pipelineVersionId the feature-set version that computed it
 * @param pipelineVersionNo that version's number
 * @param datasetVersionId the dataset version it was computed from
 * @param datasetVersionNo that version's number
 * @param rowCount its number of rows
 * @param createdBy who computed it
 * @param createdAt when
 * @param freshness whether data or pipeline have moved on since
 */
public record FeatureTable(long id, long featureSetId, String featureSetName, long pipelineVersionId,
                           int pipelineVersionNo, long datasetVersionId, int datasetVersionNo, long rowCount,
                           String createdBy, Instant createdAt, Freshness freshness) {
}
