package io.mlworkbench.engine.project;

import java.time.Instant;
import java.util.Optional;

/**
 * A project: the datasets, suites, pipelines and experiments for one modelling problem.
 *
 * @param id the project's id
 * @param name its unique name
 * @param description free text
 * @param createdBy who created it
 * @param createdAt when
 * @param archivedAt when it was archived, if it was
 */
public record Project(long id, String name, String description, String createdBy, Instant createdAt,
                      Optional<Instant> archivedAt) {
}
