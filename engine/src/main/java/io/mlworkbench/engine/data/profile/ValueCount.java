package io.mlworkbench.engine.data.profile;

/**
 * How often one value occurs in a column.
 *
 * @param value the value as text, formatted as the column writes it to CSV
 * @param count how many rows hold it
 */
public record ValueCount(String value, long count) {
}
