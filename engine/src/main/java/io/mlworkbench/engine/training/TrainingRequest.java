package io.mlworkbench.engine.training;

import java.util.Optional;

/**
 * A training to run and record: where it is filed, what data it used, and the spec.
 *
 * @param projectId the project
 * @param experimentName the experiment to file the run under (created when missing)
 * @param datasetVersionId the dataset version the table was loaded from, if it came from the registry
 * @param pipelineVersionId the feature pipeline version that produced the table, if any
 * @param spec what to train
 */
public record TrainingRequest(long projectId, String experimentName, Optional<Long> datasetVersionId,
                              Optional<Long> pipelineVersionId, TrainingSpec spec) {

    /** Fills empty optionals. */
    public TrainingRequest {
        datasetVersionId = datasetVersionId == null ? Optional.empty() : datasetVersionId;
        pipelineVersionId = pipelineVersionId == null ? Optional.empty() : pipelineVersionId;
    }

    /**
     * @param newSpec another spec
     * @return this request with that spec
     */
    public TrainingRequest withSpec(TrainingSpec newSpec) {
        return new TrainingRequest(projectId, experimentName, datasetVersionId, pipelineVersionId, newSpec);
    }
}
