package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The canonical timestamp reader is a shortcut, never a second opinion: on any text it finds
 * nothing or exactly what java.time's parsers find; the canonical writer writes nothing or exactly
 * what ISO_INSTANT writes.
 */
class TimestampsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void canonicalReaderAgreesWithJavaTime(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Optional<Instant> canonical = Timestamps.canonicalUtc(text);
        canonical.ifPresent(found -> assertEquals(Timestamps.byJavaTimeParsers(text), canonical, "for " + text));
    }

    @FuzzTest(maxDuration = "60s")
    void anyDigitsInTheCanonicalShapeAgreeWithJavaTime(FuzzedDataProvider data) {
        String fraction = data.consumeBoolean() ? "" : "." + data.consumeString(12);
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", data.consumeInt(0, 9999),
                data.consumeInt(0, 99), data.consumeInt(0, 99), data.consumeInt(0, 99),
                data.consumeInt(0, 99), data.consumeInt(0, 99), fraction);
        assertEquals(Timestamps.byJavaTimeParsers(text), Timestamps.canonicalUtc(text), "for " + text);
    }

    @FuzzTest(maxDuration = "60s")
    void canonicalWriterAgreesWithIsoInstant(FuzzedDataProvider data) {
        Instant instant = Instant.ofEpochSecond(data.consumeLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                data.consumeBoolean() ? 0 : data.consumeInt(0, 999_999_999));
        String written = DateTimeFormatter.ISO_INSTANT.format(instant);
        Timestamps.canonicalText(instant).ifPresent(text -> assertEquals(written, text, "for " + written));
        assertEquals(written, Timestamps.format(instant));
    }
}
