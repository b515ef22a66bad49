package io.mlworkbench.engine.data.profile;

import java.time.Instant;

/**
 * The earliest and latest instant of a DATETIME column.
 *
 * @param min the earliest value
 * @param max the latest value
 */
public record DateTimeRange(Instant min, Instant max) {
}
