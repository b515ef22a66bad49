package io.mlworkbench.engine.data.dataset;

import java.time.Instant;

/**
 * A named dataset of a project: a series of immutable versions.
 *
 * @param id its id
 * @param projectName the project it belongs to
 * @param name its name, unique in the project
 * @param description free text
 * @param createdBy who created it
 * @param createdAt when
 * @param latestVersionNo the newest version's number, 0 when there is none yet
 */
public record Dataset(long id, String projectName, String name, String description, String createdBy,
                      Instant createdAt, int latestVersionNo) {
}
