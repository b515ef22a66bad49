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
 */
public record AuditFilter(Optional<String> actor, Optional<String> actionPrefix, Optional<String> objectType,
                          Optional<String> objectRef, Optional<Instant> from, Optional<Instant> to, int limit) {

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
        return new AuditFilter(Optional.of(login), actionPrefix, objectType, objectRef, from, to, limit);
    }

    /**
     * @param prefix the action prefix to select
     * @return this filter, narrowed to actions with that prefix
     */
    public AuditFilter byActionPrefix(String prefix) {
        return new AuditFilter(actor, Optional.of(prefix), objectType, objectRef, from, to, limit);
    }

    /**
     * @param type the object type
     * @param ref the object reference
     * @return this filter, narrowed to that object
     */
    public AuditFilter byObject(String type, String ref) {
        return new AuditFilter(actor, actionPrefix, Optional.of(type), Optional.of(ref), from, to, limit);
    }
}
