package io.mlworkbench.engine.data.ingest;

import io.mlworkbench.engine.WorkbenchException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Date/time patterns: the common ones inference tries, and parsing a value with a pattern into epoch
 * milliseconds (UTC; a value without zone is taken as UTC, a date alone as its midnight). Patterns use
 * {@link DateTimeFormatter} letters; {@value #ISO_INSTANT} means an ISO-8601 instant such as
 * {@code 2024-05-01T10:00:00Z}.
 */
public final class DateTimeFormats {

    /** The pattern name for ISO-8601 instants with zone. */
    public static final String ISO_INSTANT = "iso-instant";

    /** The patterns inference tries, in order of preference. */
    public static final List<String> COMMON = List.of(
            "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd HH:mm:ss.SSS", ISO_INSTANT, "yyyy/MM/dd", "dd/MM/yyyy",
            "MM/dd/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
            "MM/dd/yyyy HH:mm:ss", "yyyyMMdd");

    private DateTimeFormats() {
    }

    /**
     * A parser for one pattern, made once per column.
     *
     * @param pattern a pattern such as {@code dd/MM/yyyy}, or {@value #ISO_INSTANT}
     * @return the parser
     */
    public static Parser parser(String pattern) {
        if (ISO_INSTANT.equals(pattern)) {
            return new Parser(pattern, null);
        }
        try {
            // STRICT resolving needs 'u' (proleptic year) rather than 'y' (year of era).
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'))
                    .withResolverStyle(ResolverStyle.STRICT);
            return new Parser(pattern, f);
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException("Invalid date/time pattern '" + pattern + "': " + e.getMessage()
                    + ". Use letters like yyyy-MM-dd HH:mm:ss", e);
        }
    }

    /** Parses values of one pattern. */
    public static final class Parser {

        private final String pattern;
        private final DateTimeFormatter formatter;

        private Parser(String pattern, DateTimeFormatter formatter) {
            this.pattern = pattern;
            this.formatter = formatter;
        }

        /** @return the pattern */
        public String pattern() {
            return pattern;
        }

        /**
         * @param text a value
         * @return epoch milliseconds, or NaN when the value does not match the pattern
         */
        public double parse(String text) {
            String t = text.strip();
            try {
                if (formatter == null) {
                    return Instant.parse(t).toEpochMilli();
                }
                TemporalAccessor a = formatter.parse(t);
                if (a.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return Instant.from(a).toEpochMilli();
                }
                if (a.isSupported(ChronoField.HOUR_OF_DAY)) {
                    return LocalDateTime.from(a).toInstant(ZoneOffset.UTC).toEpochMilli();
                }
                return LocalDate.from(a).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeException | ArithmeticException e) {
                return Double.NaN;
            }
        }
    }
}
