package io.mlworkbench.engine.access;

/**
 * An action guarded by a role. Every engine service method that reads or changes the registry names the
 * permission it needs and checks it through {@link AccessControl} before doing anything.
 *
 * <table>
 *   <caption>Rights per role</caption>
 *   <tr><th>permission</th><th>least role</th></tr>
 *   <tr><td>{@link #VIEW}</td><td>viewer</td></tr>
 *   <tr><td>{@link #REGISTER}</td><td>editor</td></tr>
 *   <tr><td>{@link #MOVE_ALIAS}</td><td>editor</td></tr>
 *   <tr><td>{@link #MOVE_PROTECTED_ALIAS}</td><td>approver</td></tr>
 *   <tr><td>{@link #ARCHIVE}</td><td>approver</td></tr>
 *   <tr><td>{@link #DELETE}</td><td>admin</td></tr>
 *   <tr><td>{@link #EDIT_ROLES}</td><td>admin</td></tr>
 *   <tr><td>{@link #EDIT_POLICY}</td><td>admin</td></tr>
 * </table>
 */
public enum Permission {
    /** See models, versions, aliases, lineage and members. */
    VIEW(Role.VIEWER, "view the registry"),
    /** Register a run's model as a new version, and set or remove version tags. */
    REGISTER(Role.EDITOR, "register model versions or edit their tags"),
    /** Move or remove an alias other than a protected one. */
    MOVE_ALIAS(Role.EDITOR, "move an alias"),
    /** Move or remove a protected alias ({@code champion}). */
    MOVE_PROTECTED_ALIAS(Role.APPROVER, "move the protected alias 'champion'"),
    /** Archive a version, or restore an archived one. */
    ARCHIVE(Role.APPROVER, "archive or restore model versions"),
    /** Delete a version or a model for good. */
    DELETE(Role.ADMIN, "delete model versions or models"),
    /** Grant, change or revoke members' roles. */
    EDIT_ROLES(Role.ADMIN, "edit member roles"),
    /** Change the promotion policy that guards the {@code champion} alias. */
    EDIT_POLICY(Role.ADMIN, "edit the promotion policy");

    private final Role leastRole;
    private final String action;

    Permission(Role leastRole, String action) {
        this.leastRole = leastRole;
        this.action = action;
    }

    /** @return the least role that holds this permission */
    public Role leastRole() {
        return leastRole;
    }

    /** @return what the permission allows, as a phrase: {@code move an alias} */
    public String action() {
        return action;
    }

    /**
     * @param role a member's role
     * @return true when that role holds this permission
     */
    public boolean isGrantedTo(Role role) {
        return role.includes(leastRole);
    }
}
