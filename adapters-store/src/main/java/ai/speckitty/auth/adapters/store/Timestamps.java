package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.domain.session.UtcTimestamps;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Timestamps in the credentials file: written as ISO-8601 UTC, read leniently (SPEC §3). The form
 * this client writes is handled by {@link UtcTimestamps} without java.time.format; only other
 * forms reach java.time's parsers.
 */
final class Timestamps {

    private Timestamps() {
    }

    /** E.g. {@code 2026-11-23T18:00:00Z}, with a fraction only when there is one. */
    static String format(Instant instant) {
        return UtcTimestamps.format(instant);
    }

    /**
     * Reads {@code ...Z}, {@code ...+00:00} (any offset), and a time without offset as UTC; a space
     * may stand for the {@code T} as TOML and Python allow.
     */
    static Optional<Instant> parse(String text) {
        String normalized = text.strip().toUpperCase(Locale.ROOT);
        if (normalized.length() > 10 && normalized.charAt(10) == ' ') {
            normalized = normalized.substring(0, 10) + 'T' + normalized.substring(11);
        }
        Optional<Instant> canonical = UtcTimestamps.parseCanonical(normalized);
        return canonical.isPresent() ? canonical : byJavaTimeParsers(normalized);
    }

    /** java.time's ISO parsers: with an offset, else as a local date-time in UTC. */
    static Optional<Instant> byJavaTimeParsers(String normalized) {
        try {
            return Optional.of(OffsetDateTime.parse(normalized).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notATimestamp) {
                return Optional.empty();
            }
        }
    }

    /** A TOML value that is a timestamp: a string as above, or a native offset or local date-time. */
    static Optional<Instant> fromTomlValue(Object value) {
        if (value instanceof String text) {
            return parse(text);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return Optional.of(dateTime.toInstant());
        }
        if (value instanceof LocalDateTime dateTime) {
            return Optional.of(dateTime.toInstant(ZoneOffset.UTC));
        }
        return Optional.empty();
    }
}
