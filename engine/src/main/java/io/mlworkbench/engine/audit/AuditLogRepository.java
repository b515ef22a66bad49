package io.mlworkbench.engine.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The append-only audit log. There is deliberately no update and no delete: every mutation of the registry
 * appends a line here in the same transaction as the mutation itself.
 */
public final class AuditLogRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    /**
     * @param jdbi the registry's Jdbi
     * @param clock the clock that stamps entries
     */
    public AuditLogRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Appends an entry. Called inside the caller's transaction when there is one.
     *
     * @param actor who did it
     * @param action what was done, e.g. {@code project.create}
     * @param objectType the kind of object
     * @param objectRef which object
     * @param detailsJson details as a JSON object ({@code {}} for none)
     * @return the new entry
     */
    public AuditEntry append(Actor actor, String action, String objectType, String objectRef, String detailsJson) {
        Instant now = clock.instant();
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO audit_log "
                        + "(occurred_at, actor, action, object_type, object_ref, details_json) "
                        + "VALUES (:at, :actor, :action, :type, :ref, :details)")
                .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("actor", actor.login())
                .bind("action", action)
                .bind("type", objectType)
                .bind("ref", objectRef)
                .bind("details", detailsJson)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new AuditEntry(id, now, actor.login(), action, objectType, objectRef, detailsJson);
    }

    /**
     * @param filter what to select
     * @return matching entries, newest first
     */
    public List<AuditEntry> find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor, action, object_type, object_ref, "
                + "details_json FROM audit_log WHERE 1 = 1");
        filter.actor().ifPresent(v -> sql.append(" AND actor = :actor"));
        filter.actionPrefix().ifPresent(v -> sql.append(" AND action LIKE :action ESCAPE '!'"));
        filter.objectType().ifPresent(v -> sql.append(" AND object_type = :type"));
        filter.objectRef().ifPresent(v -> sql.append(" AND object_ref = :ref"));
        filter.objectRefPrefix().ifPresent(v -> sql.append(" AND object_ref LIKE :refPrefix ESCAPE '!'"));
        filter.from().ifPresent(v -> sql.append(" AND occurred_at >= :from"));
        filter.to().ifPresent(v -> sql.append(" AND occurred_at < :to"));
        sql.append(" ORDER BY id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("limit", filter.limit());
            filter.actor().ifPresent(v -> q.bind("actor", v));
            filter.actionPrefix().ifPresent(v -> q.bind("action", escapeLike(v) + "%"));
            filter.objectType().ifPresent(v -> q.bind("type", v));
            filter.objectRef().ifPresent(v -> q.bind("ref", v));
            filter.objectRefPrefix().ifPresent(v -> q.bind("refPrefix", escapeLike(v) + "%"));
            filter.from().ifPresent(v -> q.bind("from", OffsetDateTime.ofInstant(v, ZoneOffset.UTC)));
            filter.to().ifPresent(v -> q.bind("to", OffsetDateTime.ofInstant(v, ZoneOffset.UTC)));
            return q.map((rs, ctx) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
        });
    }

    /** @return how many entries the log holds */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
