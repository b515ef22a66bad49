package io.mlworkbench.engine.registry;

import java.util.Optional;

/**
 * MLflow's fixed stages, kept for users who think in them, as a preset over aliases (MLflow itself moved from
 * stages to aliases). A version's stage is derived, never stored:
 *
 * <table>
 *   <caption>Stage to alias mapping</caption>
 *   <tr><th>stage</th><th>means</th></tr>
 *   <tr><td>Production</td><td>the {@code champion} alias points at the version (protected, gated)</td></tr>
 *   <tr><td>Staging</td><td>the {@code challenger} alias points at the version</td></tr>
 *   <tr><td>Archived</td><td>the version is archived (so no alias can point at it)</td></tr>
 *   <tr><td>None</td><td>none of the above</td></tr>
 * </table>
 *
 * <p>Moving a version to Production or Staging moves that alias (with its rights and gate); to Archived
 * archives it; to None removes whichever of the two aliases points at it.
 */
public enum Stage {
    /** No stage alias, not archived. */
    NONE(Optional.empty()),
    /** Holds {@code challenger}. */
    STAGING(Optional.of(AliasName.CHALLENGER)),
    /** Holds {@code champion}. */
    PRODUCTION(Optional.of(AliasName.CHAMPION)),
    /** Archived. */
    ARCHIVED(Optional.empty());

    private final Optional<AliasName> alias;

    Stage(Optional<AliasName> alias) {
        this.alias = alias;
    }

    /** @return the alias this stage stands for; empty for None and Archived */
    public Optional<AliasName> alias() {
        return alias;
    }
}
