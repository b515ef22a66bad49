package io.mlworkbench.engine.access;

import io.mlworkbench.engine.audit.Actor;
import io.mlworkbench.engine.audit.AuditLogRepository;
import io.mlworkbench.engine.store.RegistryDatabase;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides whether an actor may do something, from their role in the {@code member} table.
 *
 * <p><b>Bootstrap.</b> The first actor to touch a workspace whose member table is empty becomes its admin
 * (audited as {@code member.bootstrap}). In a local single-user workspace that is the operating-system user
 * ({@link Actor#ofSystemUser()}), so one person never has to set anything up. The first admin claims one
 * {@code workspace_meta} row by primary key, so two first actors racing cannot both become admin (the loser sees
 * the winner's commit and gets no role). Once there is a member, a login without a
 * row has no rights at all until an admin grants one.
 */
public final class AccessControl {

    private final RegistryDatabase database;
    private final MemberRepository members;
    private final AuditLogRepository audit;
    private final Clock clock;

    /**
     * @param database the registry
     * @param members member SQL
     * @param audit the audit log
     * @param clock the clock
     */
    public AccessControl(RegistryDatabase database, MemberRepository members, AuditLogRepository audit, Clock clock) {
        this.database = database;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks a permission, inside the caller's transaction when there is one.
     *
     * @param actor who wants to act
     * @param permission what they want to do
     * @return the actor's role
     * @throws AccessDeniedException when the role does not allow it, naming the actor, action and role needed
     */
    public Role require(Actor actor, Permission permission) {
        Optional<Role> role = roleOf(actor);
        if (role.isEmpty() || !permission.isGrantedTo(role.get())) {
            throw new AccessDeniedException(actor, permission, role);
        }
        return role.get();
    }

    /**
     * @param actor who wants to act
     * @param permission what they want to do
     * @return true when the actor's role allows it (for enabling buttons; services still check)
     */
    public boolean isAllowed(Actor actor, Permission permission) {
        return roleOf(actor).map(permission::isGrantedTo).orElse(false);
    }

    /**
     * The actor's role, making them admin when the workspace has no members yet.
     *
     * @param actor an actor
     * @return their role, empty when they are not a member
     */
    public Optional<Role> roleOf(Actor actor) {
        try {
            return bootstrapOrFind(actor);
        } catch (RuntimeException e) {
            if (!MemberRepository.isClaimTaken(e)) {
                throw e;
            }
            // Another first actor became admin while this one tried: read the outcome in a fresh transaction.
            return members.find(actor.login()).map(Member::role);
        }
    }

    private Optional<Role> bootstrapOrFind(Actor actor) {
        return database.inTransaction(h -> {
            Optional<Member> member = members.find(actor.login());
            if (member.isPresent()) {
                return Optional.of(member.get().role());
            }
            if (members.count() > 0) {
                return Optional.empty();
            }
            members.claimBootstrap(actor.login());
            members.insert(actor.login(), Role.ADMIN, actor.login(), clock.instant());
            audit.append(actor, "member.bootstrap", "member", actor.login(),
                    "{\"role\":\"admin\",\"why\":\"first actor in a workspace without members\"}");
            return Optional.of(Role.ADMIN);
        });
    }
}
