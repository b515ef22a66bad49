package io.mlworkbench.engine.validation;

import java.time.Instant;

/**
 * A named, versioned validation suite of a project.
 *
 * @param id the suite's id
 * @param projectId its project
 * @param name its name, unique within the project
 * @param latestVersion the number of its newest version (versions count from 1)
 * @param createdBy who created it
 * @param createdAt when
 */
public record ValidationSuite(long id, long projectId, String name, int latestVersion, String createdBy,
                              Instant createdAt) {
}
