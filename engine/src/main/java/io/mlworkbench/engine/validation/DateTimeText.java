package io.mlworkbench.engine.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** Reads the ISO-8601 dates and date-times rule arguments give for DATETIME columns (stored as epoch ms, UTC). */
public final class DateTimeText {

    private DateTimeText() {
    }

    /**
     * @param text {@code 2024-01-31T10:00:00Z}, {@code 2024-01-31T10:00:00+01:00}, {@code 2024-01-31T10:00} (UTC)
     *     or {@code 2024-01-31} (midnight UTC)
     * @return epoch milliseconds, or empty when the text is none of these
     */
    public static OptionalLong toEpochMillis(String text) {
        String s = text.strip();
        try {
            return OptionalLong.of(Instant.parse(s).toEpochMilli());
        } catch (DateTimeParseException notInstant) {
            try {
                return OptionalLong.of(OffsetDateTime.parse(s).toInstant().toEpochMilli());
            } catch (DateTimeParseException notOffset) {
                try {
                    return OptionalLong.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli());
                } catch (DateTimeParseException notLocal) {
                    try {
                        return OptionalLong.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
                                .toEpochMilli());
                    } catch (DateTimeParseException notDate) {
                        return OptionalLong.empty();
                    }
                }
            }
        }
    }
}
