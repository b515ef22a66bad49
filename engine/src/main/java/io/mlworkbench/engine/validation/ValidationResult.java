package io.mlworkbench.engine.validation;

import java.time.Instant;

/**
 * A stored run of a suite version on a dataset version.
 *
 * @param id the result's id
 * @param suiteVersionId the suite version run
 * @param datasetVersionId the dataset version validated
 * @param success true when every rule was met
 * @param report the full report, with row-level evidence
 * @param createdBy who ran it
 * @param createdAt when
 */
public record ValidationResult(long id, long suiteVersionId, long datasetVersionId, boolean success,
                               ValidationReport report, String createdBy, Instant createdAt) {
}
