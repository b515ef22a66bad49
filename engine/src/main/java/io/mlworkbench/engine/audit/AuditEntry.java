package io.mlworkbench.engine.audit;

import java.time.Instant;

/**
 * One line of the append-only audit log.
 *
 * @param id the entry's id, increasing with time
 * @param occurredAt when it happened
 * @param actor who did it
 * @param action what was done, e.g. {@code project.create}, {@code model.alias.move}
 * @param objectType the kind of object, e.g. {@code project}, {@code model_version}
 * @param objectRef which object, e.g. {@code churn} or {@code models:/churn/3}
 * @param detailsJson further details as a JSON object
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType,
                         String objectRef, String detailsJson) {
}
