package io.mlworkbench.engine.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What to select from the audit log; every criterion is optional.
 *
 * @param actor only entries by this login
 * @param actionPrefix only actions starting with this, e.g. {@code model.}
 * @param objectType only this kind of object
 * @param objectRef only this object
 * @param from only entries at or after this instant
 * @param to only entries before this instant
 * @param limit at most this many entries, newest first
 * @param objectRefPrefix only objects whose reference starts with this, e.g. {@code models:/churn/}
 */
public record AuditFilter(Optional<String> actor, Optional<String> actionPrefix, Optional<String> objectType,
                          Optional<String> objectRef, Optional<Instant> from, Optional<Instant> to, int limit,
                          Optional<String> objectRefPrefix) {

    /**
     * A filter without an object reference prefix.
     *
     * @param actor only entries by this login
     * @param actionPrefix only actions starting with this
     * @param objectType only this kind of object
     * @param objectRef only this object
     * @param from only entries at or after this instant
     * @param to only entries before this instant
     * @param limit at most this many entries, newest first
     */
    public AuditFilter(Optional<String> actor, Optional<String> actionPrefix, Optional<String> objectType,
                       Optional<String> objectRef, Optional<Instant> from, Optional<Instant> to, int limit) {
        this(actor, actionPrefix, objectType, objectRef, from, to, limit, Optional.empty());
    }

    /** @return a filter that selects the newest 500 entries */
    public static AuditFilter newest() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 500);
    }

    /**
     * @param login the actor to select
     * @return this filter, narrowed to that actor
     */
    public AuditFilter byActor(String login) {
        return new AuditFilter(Optional.of(login), actionPrefix, objectType, objectRef, from, to, limit,
                objectRefPrefix);
    }

    /**
     * @param prefix the action prefix to select
     * @return this filter, narrowed to actions with that prefix
     */
    public AuditFilter byActionPrefix(String prefix) {
        return new AuditFilter(actor, Optional.of(prefix), objectType, objectRef, from, to, limit, objectRefPrefix);
    }

    /**
     * @param type the object type
     * @param ref the object reference
     * @return this filter, narrowed to that object
     */
    public AuditFilter byObject(String type, String ref) {
        return new AuditFilter(actor, actionPrefix, Optional.of(type), Optional.of(ref), from, to, limit,
                objectRefPrefix);
    }

    /**
     * @param prefix the start of the object references to select, e.g. {@code models:/churn/} for every
     *               version of model {@code churn}
     * @return this filter, narrowed to those objects
     */
    public AuditFilter byObjectRefPrefix(String prefix) {
        return new AuditFilter(actor, actionPrefix, objectType, objectRef, from, to, limit, Optional.of(prefix));
    }

    /**
     * @param max the most entries to return
     * @return this filter with that limit
     */
    public AuditFilter limitedTo(int max) {
        return new AuditFilter(actor, actionPrefix, objectType, objectRef, from, to, max, objectRefPrefix);
    }
}
