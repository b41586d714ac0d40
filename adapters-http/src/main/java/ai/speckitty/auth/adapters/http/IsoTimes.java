package ai.speckitty.auth.adapters.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Time values on the wire: ISO-8601 in JSON (UTC when no offset is given), RFC 1123 in {@code Date}. */
final class IsoTimes {
    private IsoTimes() {}

    /** The instant, or empty when the text is not ISO-8601. */
    static Optional<Instant> parseIso(String text) {
        String s = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset; a naive time is read as UTC, the contract's zone
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An HTTP {@code Date} header, or empty when absent or unreadable. */
    static Optional<Instant> parseHttpDate(Optional<String> header) {
        return header.flatMap(h -> {
            try {
                return Optional.of(ZonedDateTime.parse(h.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
