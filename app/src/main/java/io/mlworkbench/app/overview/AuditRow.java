package io.mlworkbench.app.overview;

/**
 * An audit-log entry as one row of the overview's activity table.
 *
 * @param time when, formatted for the user
 * @param actor who
 * @param action what, e.g. {@code project.create}
 * @param object on which object, e.g. {@code project churn}
 */
public record AuditRow(String time, String actor, String action, String object) {
}
