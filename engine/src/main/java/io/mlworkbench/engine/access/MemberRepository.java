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

    /** The {@code workspace_meta} row whose insertion makes its actor the first admin; its text is their login. */
    static final String FIRST_ADMIN_CLAIM = "access.first_admin";

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
     * Claims the first-admin slot of an empty workspace by inserting its one {@code workspace_meta} row. The primary
     * key admits one claim only: a second first actor racing for it waits for the first transaction and then fails
     * with a unique-key violation (see {@link #isClaimTaken(RuntimeException)}), on H2 and PostgreSQL alike —
     * unlike a {@code SELECT ... FOR UPDATE}, whose waiting reader may still see the old member count on H2.
     *
     * @param login the actor claiming it
     */
    public void claimBootstrap(String login) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO workspace_meta (meta_name, meta_text) VALUES (:n, :login)")
                .bind("n", FIRST_ADMIN_CLAIM).bind("login", login).execute());
    }

    /**
     * @param e what {@link #claimBootstrap(String)} threw
     * @return true when another actor had claimed the first-admin slot (SQL state 23505, unique violation)
     */
    public static boolean isClaimTaken(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Member map(ResultSet rs) throws SQLException {
        return new Member(rs.getString("login"), Role.parse(rs.getString("role_name")), rs.getString("granted_by"),
                rs.getObject("granted_at", OffsetDateTime.class).toInstant());
    }
}
