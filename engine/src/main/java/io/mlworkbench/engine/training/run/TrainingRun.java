package io.mlworkbench.engine.training.run;

import java.time.Instant;
import java.util.Optional;

/**
 * One training run as stored in the registry.
 *
 * @param id the run id
 * @param experimentId the experiment it belongs to
 * @param parentRunId the run it reproduces, or the tuning run it is a trial of
 * @param status where it stands
 * @param datasetVersionId the dataset version trained on, when the table came from the registry
 * @param pipelineVersionId the feature pipeline version that produced the table, if any
 * @param algorithm the algorithm id
 * @param paramsJson the full training spec with every hyperparameter, as JSON
 * @param seed the seed
 * @param provenanceJson Tribuo's provenance of the model, as JSON
 * @param modelBlobId the model's Tribuo protobuf bytes in the blob store
 * @param errorText why it failed or was cancelled
 * @param createdBy who started it
 * @param startedAt when it started
 * @param finishedAt when it ended
 */
public record TrainingRun(long id, long experimentId, Optional<Long> parentRunId, RunStatus status,
                          Optional<Long> datasetVersionId, Optional<Long> pipelineVersionId, String algorithm,
                          String paramsJson, long seed, Optional<String> provenanceJson, Optional<Long> modelBlobId,
                          Optional<String> errorText, String createdBy, Instant startedAt,
                          Optional<Instant> finishedAt) {
}
