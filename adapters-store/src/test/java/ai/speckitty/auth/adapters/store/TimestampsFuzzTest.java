package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.session.UtcTimestamps;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The field-by-field timestamps are a shortcut, never a second opinion: on any text the reader
 * finds nothing or exactly what java.time's parsers find, and the writer writes what ISO_INSTANT writes.
 */
class TimestampsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void canonicalReaderAgreesWithJavaTime(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Optional<Instant> canonical = UtcTimestamps.parseCanonical(text);
        canonical.ifPresent(found -> assertEquals(Timestamps.byJavaTimeParsers(text), canonical, "for " + text));
    }

    @FuzzTest(maxDuration = "60s")
    void anyDigitsInTheCanonicalShapeAgreeWithJavaTime(FuzzedDataProvider data) {
        String fraction = data.consumeBoolean() ? "" : "." + data.consumeString(12);
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", data.consumeInt(0, 9999),
                data.consumeInt(0, 99), data.consumeInt(0, 99), data.consumeInt(0, 99),
                data.consumeInt(0, 99), data.consumeInt(0, 99), fraction);
        assertEquals(Timestamps.byJavaTimeParsers(text), UtcTimestamps.parseCanonical(text), "for " + text);
    }

    @FuzzTest(maxDuration = "60s")
    void canonicalWriterAgreesWithIsoInstant(FuzzedDataProvider data) {
        Instant instant = Instant.ofEpochSecond(data.consumeLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                data.consumeBoolean() ? 0 : data.consumeInt(0, 999_999_999));
        String written = UtcTimestamps.format(instant);
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), written);
        UtcTimestamps.parseCanonical(written).ifPresent(read -> assertEquals(instant, read, "read back from " + written));
    }
}
