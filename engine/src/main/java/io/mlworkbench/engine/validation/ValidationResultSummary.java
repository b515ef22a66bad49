package io.mlworkbench.engine.validation;

import java.time.Instant;

/**
 * A line of a results list, without the report (load that with {@link ValidationService#result(long)}).
 *
 * @param id the result's id
 * @param suiteId the suite
 * @param suiteName the suite's name
 * @param suiteVersionId the suite version run
 * @param suiteVersionNo that version's number
 * @param datasetVersionId the dataset version validated
 * @param success true when every rule was met
 * @param createdBy who ran it
 * @param createdAt when
 */
public record ValidationResultSummary(long id, long suiteId, String suiteName, long suiteVersionId,
                                      int suiteVersionNo, long datasetVersionId, boolean success, String createdBy,
                                      Instant createdAt) {
}
