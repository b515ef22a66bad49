package io.mlworkbench.engine.registry;

import java.time.Instant;

/**
 * Where an alias of a model points now, and who moved it there, when and why.
 *
 * @param modelName the model
 * @param alias the alias
 * @param version the version number it points at
 * @param versionId that version's row id
 * @param movedBy who moved it last
 * @param movedAt when
 * @param reason the reason given for the move
 */
public record ModelAlias(String modelName, AliasName alias, int version, long versionId, String movedBy,
                         Instant movedAt, String reason) {

    /** @return {@code models:/<name>@<alias>} */
    public ModelUri uri() {
        return ModelUri.ofAlias(modelName, alias);
    }
}
