package io.mlworkbench.engine.registry;

/**
 * Whether a dataset version passed its validation suite, as the promotion gate needs it.
 *
 * @param passed true when it passed
 * @param reason which suite and result decided it, or what is missing
 */
public record ValidationVerdict(boolean passed, String reason) {
}
