package io.mlworkbench.engine.access;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import java.util.Optional;

/** An actor tried an action their role in the workspace does not allow. */
public final class AccessDeniedException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    private final String login;
    private final Permission permission;

    /**
     * @param actor who tried
     * @param permission what they needed
     * @param role their role, empty when they are not a member
     */
    public AccessDeniedException(Actor actor, Permission permission, Optional<Role> role) {
        super(message(actor, permission, role));
        this.login = actor.login();
        this.permission = permission;
    }

    private static String message(Actor actor, Permission permission, Optional<Role> role) {
        String who = role.map(r -> "'" + actor.login() + "' (" + r.storedName() + ")")
                .orElse("'" + actor.login() + "' (not a member of this workspace)");
        return who + " may not " + permission.action() + ": that needs the " + permission.leastRole().storedName()
                + " role or higher. Ask an admin of this workspace to grant it.";
    }

    /** @return the login that was refused */
    public String login() {
        return login;
    }

    /** @return the permission that was missing */
    public Permission permission() {
        return permission;
    }
}
