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

/**
 * Timestamps in the credentials file: written as ISO-8601 UTC, read leniently (SPEC §3).
 *
 * <p>The canonical form, {@code 2026-11-23T18:00:00Z} with an optional fraction of up to nine
 * digits, is read and written field by field: DateTimeFormatter's class init builds every
 * predefined formatter, and a command that only reads or rewrites the credentials would otherwise
 * initialise java.time.format for these few fields alone (59 classes in {@code auth token}).
 * Everything else goes to java.time, and the tests hold both ways to the same results.
 */
final class Timestamps {
    /** The canonical form up to the seconds; a fraction and the {@code Z} follow. */
    private static final String SECONDS_SHAPE = "dddd-dd-ddTdd:dd:dd";
    private static final int MAX_FRACTION_DIGITS = 9;
    /** First second of year 0000 and last of year 9999: the years the canonical form has. */
    private static final long CANONICAL_FIRST = -62_167_219_200L;
    private static final long CANONICAL_LAST = 253_402_300_799L;

    private Timestamps() {
    }

    /** E.g. {@code 2026-11-23T18:00:00Z}, with a fraction only when there is one. */
    static String format(Instant instant) {
        return canonicalText(instant).orElseGet(() -> DateTimeFormatter.ISO_INSTANT.format(instant));
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
     * The instant ISO_INSTANT writes for years 0000 to 9999: the fraction in groups of three
     * digits, as many as needed. Empty for any other year.
     */
    static Optional<String> canonicalText(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < CANONICAL_FIRST || seconds > CANONICAL_LAST) {
            return Optional.empty();
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(SECONDS_SHAPE.length() + 11);
        padded(out, time.getYear(), 4).append('-');
        padded(out, time.getMonthValue(), 2).append('-');
        padded(out, time.getDayOfMonth(), 2).append('T');
        padded(out, time.getHour(), 2).append(':');
        padded(out, time.getMinute(), 2).append(':');
        padded(out, time.getSecond(), 2);
        int nanos = instant.getNano();
        if (nanos % 1_000_000 == 0 && nanos > 0) {
            padded(out.append('.'), nanos / 1_000_000, 3);
        } else if (nanos % 1_000 == 0 && nanos > 0) {
            padded(out.append('.'), nanos / 1_000, 6);
        } else if (nanos > 0) {
            padded(out.append('.'), nanos, 9);
        }
        return Optional.of(out.append('Z').toString());
    }

    /**
     * The canonical form as java.time's parsers read it; empty for anything else, an impossible
     * date included, which those parsers then judge.
     */
    static Optional<Instant> canonicalUtc(String normalized) {
        int zone = normalized.length() - 1;
        if (zone < SECONDS_SHAPE.length() || normalized.charAt(zone) != 'Z') {
            return Optional.empty();
        }
        for (int i = 0; i < SECONDS_SHAPE.length(); i++) {
            char expected = SECONDS_SHAPE.charAt(i);
            if (expected == 'd' ? !isDigit(normalized.charAt(i)) : normalized.charAt(i) != expected) {
                return Optional.empty();
            }
        }
        int nanos = 0;
        if (zone > SECONDS_SHAPE.length()) {
            int fractionStart = SECONDS_SHAPE.length() + 1;
            int digits = zone - fractionStart;
            if (normalized.charAt(SECONDS_SHAPE.length()) != '.' || digits < 1 || digits > MAX_FRACTION_DIGITS) {
                return Optional.empty();
            }
            for (int i = fractionStart; i < zone; i++) {
                if (!isDigit(normalized.charAt(i))) {
                    return Optional.empty();
                }
            }
            nanos = number(normalized, fractionStart, zone);
            for (int scale = digits; scale < MAX_FRACTION_DIGITS; scale++) {
                nanos *= 10;
            }
        }
        try {
            return Optional.of(LocalDateTime.of(number(normalized, 0, 4), number(normalized, 5, 7),
                    number(normalized, 8, 10), number(normalized, 11, 13), number(normalized, 14, 16),
                    number(normalized, 17, 19), nanos).toInstant(ZoneOffset.UTC));
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The decimal digits from {@code from} to {@code to}, already checked to be digits. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static StringBuilder padded(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        return out.append("0".repeat(width - digits.length())).append(digits);
    }
}
