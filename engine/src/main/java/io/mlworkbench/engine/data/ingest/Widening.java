package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.data.ColumnType;

/**
 * A column whose type was widened during an import because a value did not fit (see
 * {@link TypeMismatchPolicy#WIDEN}).
 *
 * @param column the column's name
 * @param from the type chosen before
 * @param to the type it got
 * @param location where the first value that did not fit is, e.g. {@code data.csv:20001}
 * @param value that value
 */
public record Widening(String column, ColumnType from, ColumnType to, String location, String value) {
}
