package ai.speckitty.auth.adapters.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Timestamps in the credentials file: written as ISO-8601 UTC, read leniently (SPEC §3). */
final class Timestamps {
    /** {@code 2026-11-23T18:00:00Z}: the form this client writes for a whole second. */
    private static final String CANONICAL_SHAPE = "dddd-dd-ddTdd:dd:ddZ";

    private Timestamps() {
    }

    /** E.g. {@code 2026-11-23T18:00:00Z}, with a fraction only when there is one. */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
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
        Optional<Instant> canonical = canonicalUtc(normalized);
        return canonical.isPresent() ? canonical : byJavaTimeParsers(normalized);
    }

    /**
     * The canonical form read field by field, so that a command which only reads the credentials
     * never initialises java.time.format (its DateTimeFormatter class builds every predefined
     * formatter: 27 classes and a few ms of each cold start). Empty for anything else, an
     * impossible date included, which the full parsers then judge.
     */
    static Optional<Instant> canonicalUtc(String normalized) {
        if (normalized.length() != CANONICAL_SHAPE.length()) {
            return Optional.empty();
        }
        for (int i = 0; i < CANONICAL_SHAPE.length(); i++) {
            char expected = CANONICAL_SHAPE.charAt(i);
            char actual = normalized.charAt(i);
            if (expected == 'd' ? actual < '0' || actual > '9' : actual != expected) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDateTime.of(number(normalized, 0, 4), number(normalized, 5, 7),
                    number(normalized, 8, 10), number(normalized, 11, 13), number(normalized, 14, 16),
                    number(normalized, 17, 19)).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
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

    /** The decimal digits from {@code from} to {@code to} (already checked to be digits). */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
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
