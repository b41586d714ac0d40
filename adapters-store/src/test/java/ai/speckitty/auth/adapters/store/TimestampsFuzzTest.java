package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.Optional;

/**
 * The canonical timestamp reader is a shortcut, never a second opinion: on any text it finds
 * nothing or exactly what java.time's parsers find.
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
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", data.consumeInt(0, 9999),
                data.consumeInt(0, 99), data.consumeInt(0, 99), data.consumeInt(0, 99),
                data.consumeInt(0, 99), data.consumeInt(0, 99));
        assertEquals(Timestamps.byJavaTimeParsers(text), Timestamps.canonicalUtc(text), "for " + text);
    }
}
