package io.mlworkbench.engine.access;

import java.time.Instant;

/**
 * A login's role in this workspace.
 *
 * @param login the member's login (the {@link io.mlworkbench.engine.audit.Actor} login)
 * @param role the role
 * @param grantedBy who granted it (for the bootstrapped first admin: their own login)
 * @param grantedAt when
 */
public record Member(String login, Role role, String grantedBy, Instant grantedAt) {
}
