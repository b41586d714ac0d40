package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timestamps as the credentials file holds them: the canonical form read without java.time.format
 * gives exactly what java.time's own parsers give, and every other form still reads as before; the
 * canonical writer writes what ISO_INSTANT writes.
 */
class TimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T18:00:00Z", "2099-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
            "2024-02-29T12:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "2026-12-07T05:35:51.907429622Z", "2026-11-23T18:00:00.5Z", "2026-11-23T18:00:00.000Z",
            "2026-11-23T18:00:00.123456Z"})
    void canonicalFormIsReadFieldByFieldAsJavaTimeReadsIt(String text) {
        Optional<Instant> canonical = Timestamps.canonicalUtc(text);
        assertTrue(canonical.isPresent(), text + " is the canonical form");
        assertEquals(Timestamps.byJavaTimeParsers(text), canonical);
        assertEquals(canonical, Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T12:00:00Z", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z",
            "2026-11-23T24:00:00Z", "2026-11-23T18:60:00Z", "2026-11-23T18:00:60Z", "2026-00-10T00:00:00Z",
            "2023-02-29T12:00:00.5Z"})
    void impossibleDatesInTheCanonicalShapeAreNoTimestamp(String text) {
        assertEquals(Optional.empty(), Timestamps.canonicalUtc(text));
        assertEquals(Optional.empty(), Timestamps.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-23T18:00:00.5Z,       2026-11-23T18:00:00.500Z",
            "2026-11-23T19:00:00+01:00,    2026-11-23T18:00:00Z",
            "2026-11-23T18:00:00,          2026-11-23T18:00:00Z",
            "2026-11-23 18:00:00Z,         2026-11-23T18:00:00Z",
            "2026-11-23t18:00:00z,         2026-11-23T18:00:00Z",
            "' 2026-11-23T18:00:00Z ',     2026-11-23T18:00:00Z",
            "+2026-11-23T18:00:00Z,        ",
            "2026-1-23T18:00:00Z,          ",
            "2026-11-23T18:00Z,            2026-11-23T18:00:00Z",
            "2026-11-23X18:00:00Z,         ",
            "'',                           "})
    void otherFormsReadAsBefore(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Instant::parse), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T18:00:00Z", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "0987-06-05T04:03:02Z"})
    void wholeSecondsOfFourDigitYearsAreWrittenFieldByFieldAsIsoInstantWritesThem(String text) {
        Instant instant = Instant.parse(text);
        assertEquals(Optional.of(text), Timestamps.canonicalText(instant));
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), Timestamps.format(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T18:00:00.500Z", "2026-12-07T05:35:51.907429Z", "2026-11-23T18:00:00.000000001Z",
            "2026-12-07T05:35:51.907429622Z"})
    void fractionsAreWrittenInGroupsOfThreeDigitsAsIsoInstantWritesThem(String text) {
        Instant instant = Instant.parse(text);
        assertEquals(Optional.of(text), Timestamps.canonicalText(instant));
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), Timestamps.format(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"})
    void otherYearsAreWrittenByIsoInstant(String text) {
        Instant instant = Instant.parse(text);
        assertEquals(Optional.empty(), Timestamps.canonicalText(instant));
        assertEquals(text, Timestamps.format(instant));
    }
}
