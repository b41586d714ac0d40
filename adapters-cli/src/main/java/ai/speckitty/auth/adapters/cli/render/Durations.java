package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.domain.session.UtcTimestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Human wording for time spans and instants, e.g. {@code 2h 5m} or {@code 3d 4h}. */
public final class Durations {
    private Durations() {}

    /** The two largest units of a non-negative span (negative spans are shown by their size). */
    public static String humanise(Duration span) {
        long seconds = Math.abs(span.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        if (days > 0) {
            return hours > 0 ? days + "d " + hours + "h" : days + "d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + "h " + minutes + "m" : hours + "h";
        }
        if (minutes > 0) {
            return secs > 0 ? minutes + "m " + secs + "s" : minutes + "m";
        }
        return secs + "s";
    }

    /** {@code in 5m} for the future, {@code 5m ago} for the past. */
    public static String relative(Duration untilThen) {
        return untilThen.isNegative() ? humanise(untilThen) + " ago" : "in " + humanise(untilThen);
    }

    /** ISO-8601 UTC to the second, e.g. {@code 2026-11-23T17:00:00Z}. */
    public static String timestamp(Instant at) {
        return UtcTimestamps.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
