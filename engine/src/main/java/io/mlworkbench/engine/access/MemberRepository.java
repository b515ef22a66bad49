package io.mlworkbench.engine.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for the {@code member} table: who holds which role in the workspace. */
public final class MemberRepository {

    /** The {@code workspace_meta} row (written by migration V2) locked while the first admin is chosen. */
    static final String BOOTSTRAP_LOCK = "access.bootstrap_lock";

    private static final String COLUMNS = "login, role_name, granted_by, granted_at";

    private final Jdbi jdbi;

    /** @param jdbi the registry's Jdbi */
    public MemberRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param login a login
     * @return that member, if the login has a role
     */
    public Optional<Member> find(String login) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM member WHERE login = :login")
                .bind("login", login).map((rs, ctx) -> map(rs)).findOne());
    }

    /** @return every member, admins first, then by login */
    public List<Member> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM member")
                .map((rs, ctx) -> map(rs)).list()).stream()
                .sorted((a, b) -> a.role() != b.role() ? b.role().compareTo(a.role()) : a.login().compareTo(b.login()))
                .toList();
    }

    /** @return how many members there are */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM member").mapTo(Long.class).one());
    }

    /**
     * @param login the new member
     * @param role their role
     * @param grantedBy who grants it
     * @param at when
     * @return the stored member
     */
    public Member insert(String login, Role role, String grantedBy, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO member (" + COLUMNS + ") VALUES (:login, :role, :by, :at)")
                .bind("login", login).bind("role", role.storedName()).bind("by", grantedBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute());
        return new Member(login, role, grantedBy, at);
    }

    /**
     * @param login an existing member
     * @param role the new role
     * @param grantedBy who changes it
     * @param at when
     * @return true when a row was changed
     */
    public boolean updateRole(String login, Role role, String grantedBy, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE member SET role_name = :role, granted_by = :by, "
                        + "granted_at = :at WHERE login = :login")
                .bind("login", login).bind("role", role.storedName()).bind("by", grantedBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute()) == 1;
    }

    /**
     * @param login a member
     * @return true when the member was removed
     */
    public boolean delete(String login) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM member WHERE login = :login")
                .bind("login", login).execute()) == 1;
    }

    /**
     * Locks every admin row until the transaction ends, so that two concurrent demotions cannot both see
     * "another admin remains" and leave none.
     *
     * @return the admins' logins
     */
    public List<String> lockAdmins() {
        return jdbi.withHandle(h -> h.createQuery("SELECT login FROM member WHERE role_name = 'admin' FOR UPDATE")
                .mapTo(String.class).list());
    }

    /**
     * Locks the bootstrap row until the transaction ends, so that only one first actor becomes admin of an
     * empty workspace.
     */
    public void lockBootstrap() {
        jdbi.useHandle(h -> h.createQuery("SELECT meta_text FROM workspace_meta WHERE meta_name = :n FOR UPDATE")
                .bind("n", BOOTSTRAP_LOCK).mapTo(String.class).list());
    }

    private static Member map(ResultSet rs) throws SQLException {
        return new Member(rs.getString("login"), Role.parse(rs.getString("role_name")), rs.getString("granted_by"),
                rs.getObject("granted_at", OffsetDateTime.class).toInstant());
    }
}
