package io.mlworkbench.engine.features.step;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads date/time values written as ISO-8601 text, as serving requests and text columns carry them. */
public final class DateTimeText {

    /** Milliseconds in a day. */
    public static final long DAY_MILLIS = 86_400_000L;

    private DateTimeText() {
    }

    /**
     * @param text an ISO-8601 date ({@code 2024-05-01}), local date-time ({@code 2024-05-01T10:00} or with a
     *             space), offset date-time or instant ({@code ...Z}); may be null
     * @return epoch milliseconds (local times read as UTC), or {@link Long#MIN_VALUE} when missing or unparseable
     */
    public static long parseMillis(String text) {
        if (text == null || text.isBlank()) {
            return Long.MIN_VALUE;
        }
        String s = text.strip();
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s).toEpochDay() * DAY_MILLIS;
            }
            if (s.endsWith("Z")) {
                return Instant.parse(s).toEpochMilli();
            }
            if (s.lastIndexOf('+') > 10 || s.lastIndexOf('-') > 10) {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }
}
