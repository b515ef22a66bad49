package io.mlworkbench.engine.access;

import io.mlworkbench.engine.WorkbenchException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A member's role in a workspace. Roles are ordered: each one has every right of the roles before it
 * (viewer &lt; editor &lt; approver &lt; admin). {@link Permission} says which role each action needs.
 */
public enum Role {
    /** Sees models, versions, lineage and the audit log. */
    VIEWER,
    /** Also registers versions, edits tags and moves unprotected aliases. */
    EDITOR,
    /** Also moves the protected {@code champion} alias and archives versions. */
    APPROVER,
    /** Also deletes versions and models, edits roles and the promotion policy. */
    ADMIN;

    /** @return the name stored in the {@code member.role_name} column, e.g. {@code approver} */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param other another role
     * @return true when this role has every right of {@code other}
     */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses a role name as typed by a user or stored in the database, ignoring case.
     *
     * @param text the name, e.g. {@code approver}
     * @return the role
     */
    public static Role parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Unknown role '" + text + "': expected one of "
                        + Arrays.stream(values()).map(Role::storedName).collect(Collectors.joining(", "))));
    }
}
