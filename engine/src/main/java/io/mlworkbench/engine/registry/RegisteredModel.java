package io.mlworkbench.engine.registry;

import java.time.Instant;

/**
 * A named model: the family its versions belong to.
 *
 * @param id the row id
 * @param name the unique name, as used in {@link ModelUri}
 * @param description free text
 * @param createdBy who registered its first version
 * @param createdAt when
 */
public record RegisteredModel(long id, String name, String description, String createdBy, Instant createdAt) {
}
