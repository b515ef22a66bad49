package io.mlworkbench.engine.data.dataset;

/**
 * One difference between the schemas of two dataset versions.
 *
 * @param column the column's name
 * @param kind what changed
 * @param from the value before (type or role), or null
 * @param to the value after, or null
 */
public record SchemaChange(String column, Kind kind, String from, String to) {

    /** The kinds of change. */
    public enum Kind {
        /** The column is new. */
        ADDED,
        /** The column is gone. */
        REMOVED,
        /** The column's type changed. */
        TYPE_CHANGED,
        /** The column's role changed. */
        ROLE_CHANGED
    }
}
