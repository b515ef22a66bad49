package io.mlworkbench.engine.registry;

/**
 * One check of the promotion gate and its outcome.
 *
 * @param name what was checked: {@code validation} or {@code improvement}
 * @param passed true when it passed
 * @param reason why, in a sentence a user can act on
 */
public record GateCheck(String name, boolean passed, String reason) {
}
