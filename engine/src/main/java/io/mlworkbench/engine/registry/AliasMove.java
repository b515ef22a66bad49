package io.mlworkbench.engine.registry;

import java.util.OptionalInt;

/**
 * A move of an alias, done or previewed: what changes, and the promotion gate's decision for protected
 * aliases. The GUI shows a preview in its confirmation dialog.
 *
 * @param modelName the model
 * @param alias the alias
 * @param fromVersion where the alias points before the move; empty when it is new
 * @param toVersion where it points after
 * @param decision the gate's checks ({@link PromotionDecision#notGated()} for unprotected aliases)
 * @param changes false when the alias already points at {@code toVersion}, so nothing is written
 */
public record AliasMove(String modelName, AliasName alias, OptionalInt fromVersion, int toVersion,
                        PromotionDecision decision, boolean changes) {
}
