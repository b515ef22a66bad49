package io.mlworkbench.engine.audit;

import io.mlworkbench.engine.WorkbenchException;

/**
 * Who does something in the workspace: the login recorded in the audit log and in every
 * {@code created_by} column.
 *
 * @param login the login name, never blank
 */
public record Actor(String login) {

    /** Rejects a blank login. */
    public Actor {
        if (login == null || login.isBlank()) {
            throw new WorkbenchException("An actor needs a login name (got a blank one)");
        }
    }

    /** @return the operating-system user running this process */
    public static Actor ofSystemUser() {
        String name = System.getProperty("user.name");
        return new Actor(name == null || name.isBlank() ? "unknown" : name);
    }
}
