package io.mlworkbench.engine.training.run;

import java.time.Instant;

/**
 * A named group of runs within a project (e.g. "churn baseline").
 *
 * @param id its id
 * @param projectId the project
 * @param name unique within the project
 * @param createdBy who created it
 * @param createdAt when
 */
public record Experiment(long id, long projectId, String name, String createdBy, Instant createdAt) {
}
