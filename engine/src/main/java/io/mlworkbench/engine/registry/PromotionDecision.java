package io.mlworkbench.engine.registry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The promotion gate's verdict on moving {@code champion}: every check, passed or not.
 *
 * @param checks the checks the policy asked for, in order; empty when the move is not gated
 */
public record PromotionDecision(List<GateCheck> checks) {

    /** Copies the list. */
    public PromotionDecision {
        checks = List.copyOf(checks);
    }

    /** @return the decision for a move the gate does not guard (an unprotected alias) */
    public static PromotionDecision notGated() {
        return new PromotionDecision(List.of());
    }

    /** @return true when every check passed */
    public boolean isAllowed() {
        return checks.stream().allMatch(GateCheck::passed);
    }

    /** @return the failed checks */
    public List<GateCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** @return each check as {@code name: passed|failed - reason}, joined by {@code ; } */
    public String summary() {
        return checks.stream().map(c -> c.name() + ": " + (c.passed() ? "passed" : "failed") + " - " + c.reason())
                .collect(Collectors.joining("; "));
    }
}
