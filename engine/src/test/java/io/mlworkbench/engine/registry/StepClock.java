package io.mlworkbench.engine.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one second forward every time it is read, so that timestamps are distinct and ordered. */
final class StepClock extends Clock {

    private final AtomicLong seconds = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochSecond(seconds.incrementAndGet());
    }
}
