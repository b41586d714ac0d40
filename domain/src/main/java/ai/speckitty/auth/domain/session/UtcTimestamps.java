package ai.speckitty.auth.domain.session;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * ISO-8601 UTC timestamps as the credentials file and the CLI show them ({@code 2026-11-23T18:00:00Z},
 * with a fraction of up to nine digits when there is one), written and read field by field:
 * DateTimeFormatter's class init builds every predefined formatter, which cost each start of a
 * command that only shows or rewrites a few timestamps 27 classes and their initialisation. The
 * results are exactly ISO_INSTANT's and java.time's ISO parsers'; other years go to ISO_INSTANT.
 */
public final class UtcTimestamps {
    /** The form up to the seconds; a fraction and the {@code Z} follow. */
    private static final String SECONDS_SHAPE = "dddd-dd-ddTdd:dd:dd";
    private static final int MAX_FRACTION_DIGITS = 9;
    /** First second of year 0000 and last of year 9999: the years of the four-digit form. */
    private static final long FIRST = -62_167_219_200L;
    private static final long LAST = 253_402_300_799L;

    private UtcTimestamps() {}

    /** The text ISO_INSTANT writes: the fraction in groups of three digits, as many as needed. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
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
        return out.append('Z').toString();
    }

    /**
     * The instant of a timestamp in exactly the form {@link #format} writes for years 0000-9999
     * (any fraction of one to nine digits); empty for any other text, an impossible date included.
     */
    public static Optional<Instant> parseCanonical(String text) {
        int zone = text.length() - 1;
        if (zone < SECONDS_SHAPE.length() || text.charAt(zone) != 'Z') {
            return Optional.empty();
        }
        for (int i = 0; i < SECONDS_SHAPE.length(); i++) {
            char expected = SECONDS_SHAPE.charAt(i);
            if (expected == 'd' ? !isDigit(text.charAt(i)) : text.charAt(i) != expected) {
                return Optional.empty();
            }
        }
        int nanos = 0;
        if (zone > SECONDS_SHAPE.length()) {
            int fractionStart = SECONDS_SHAPE.length() + 1;
            int digits = zone - fractionStart;
            if (text.charAt(SECONDS_SHAPE.length()) != '.' || digits < 1 || digits > MAX_FRACTION_DIGITS) {
                return Optional.empty();
            }
            for (int i = fractionStart; i < zone; i++) {
                if (!isDigit(text.charAt(i))) {
                    return Optional.empty();
                }
            }
            nanos = number(text, fractionStart, zone);
            for (int scale = digits; scale < MAX_FRACTION_DIGITS; scale++) {
                nanos *= 10;
            }
        }
        try {
            return Optional.of(LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), nanos).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
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
