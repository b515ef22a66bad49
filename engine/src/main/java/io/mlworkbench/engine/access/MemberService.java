package io.mlworkbench.engine.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Listing members and editing their roles. Only admins edit roles; every edit is audited in the same
 * transaction; the last admin can be neither demoted nor revoked, so a workspace always has someone who can
 * grant rights.
 */
public final class MemberService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryDatabase database;
    private final MemberRepository members;
    private final AccessControl access;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param members member SQL
     * @param access the permission check
     * @param audit the audit log
     * @param clock the clock
     */
    public MemberService(RegistryDatabase database, MemberRepository members, AccessControl access,
                         AuditLogRepository audit, Clock clock) {
        this.database = database;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param actor who asks (viewer or higher)
     * @return every member, admins first
     */
    public List<Member> list(Actor actor) {
        return database.inTransaction(h -> {
            access.require(actor, Permission.VIEW);
            return members.findAll();
        });
    }

    /**
     * Gives a login a role: adds the member, or changes their role. Giving a member the role they already
     * have changes nothing and writes no audit line.
     *
     * @param actor who grants it (admin)
     * @param login the member's login
     * @param role the role to hold
     * @return the member as stored
     */
    public Member grant(Actor actor, String login, Role role) {
        Actor grantee = new Actor(login == null ? "" : login.strip());
        return database.inTransaction(h -> {
            access.require(actor, Permission.EDIT_ROLES);
            Optional<Member> current = members.find(grantee.login());
            if (current.isPresent() && current.get().role() == role) {
                return current.get();
            }
            if (current.isPresent() && current.get().role() == Role.ADMIN) {
                refuseLastAdmin(grantee.login(), "demote");
            }
            Instant now = clock.instant();
            if (current.isEmpty()) {
                members.insert(grantee.login(), role, actor.login(), now);
            } else {
                members.updateRole(grantee.login(), role, actor.login(), now);
            }
            String action = current.isEmpty() ? "member.grant" : "member.role.change";
            audit.append(actor, action, "member", grantee.login(), JSON.createObjectNode()
                    .put("from", current.map(m -> m.role().storedName()).orElse(null))
                    .put("to", role.storedName()).toString());
            return new Member(grantee.login(), role, actor.login(), now);
        });
    }

    /**
     * Removes a member: the login keeps no rights in this workspace.
     *
     * @param actor who revokes (admin)
     * @param login the member's login
     */
    public void revoke(Actor actor, String login) {
        String target = new Actor(login == null ? "" : login.strip()).login();
        database.useTransaction(h -> {
            access.require(actor, Permission.EDIT_ROLES);
            Member current = members.find(target).orElseThrow(() -> new WorkbenchException(
                    "'" + target + "' is not a member of this workspace, so there is no role to revoke"));
            if (current.role() == Role.ADMIN) {
                refuseLastAdmin(target, "revoke");
            }
            members.delete(target);
            audit.append(actor, "member.revoke", "member", target,
                    JSON.createObjectNode().put("from", current.role().storedName()).toString());
        });
    }

    private void refuseLastAdmin(String login, String verb) {
        List<String> admins = members.lockAdmins();
        if (admins.size() <= 1 && admins.contains(login)) {
            throw new WorkbenchException("Cannot " + verb + " '" + login + "': they are the last admin of this"
                    + " workspace. Make another member admin first.");
        }
    }
}
