package ai.speckitty.auth.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field-by-field timestamps give exactly what ISO_INSTANT writes and java.time's ISO parsers read. */
class UtcTimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T18:00:00Z", "2099-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
            "2024-02-29T12:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0987-06-05T04:03:02Z",
            "2026-12-07T05:35:51.907429622Z", "2026-11-23T18:00:00.500Z", "2026-12-07T05:35:51.907429Z",
            "2026-11-23T18:00:00.000000001Z"})
    void writesWhatIsoInstantWritesAndReadsItBack(String text) {
        Instant instant = Instant.parse(text);
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), UtcTimestamps.format(instant));
        assertEquals(text, UtcTimestamps.format(instant));
        assertEquals(Optional.of(instant), UtcTimestamps.parseCanonical(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T18:00:00.5Z", "2026-11-23T18:00:00.000Z", "2026-11-23T18:00:00.1234Z"})
    void readsAnyFractionOfOneToNineDigitsAsJavaTimeDoes(String text) {
        assertEquals(Optional.of(OffsetDateTime.parse(text).toInstant()), UtcTimestamps.parseCanonical(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T12:00:00Z", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z",
            "2026-11-23T24:00:00Z", "2026-11-23T18:60:00Z", "2026-11-23T18:00:60Z", "2026-00-10T00:00:00Z",
            "2023-02-29T12:00:00.5Z", "2026-11-23T18:00:00.Z", "2026-11-23T18:00:00.1234567890Z",
            "2026-11-23T18:00:00+00:00", "2026-11-23T18:00Z", "+2026-11-23T18:00:00Z", "2026-11-23 18:00:00Z",
            "2026-11-23t18:00:00Z", "2026-11-23T18:00:00", "", "Z"})
    void anythingElseIsLeftToJavaTime(String text) {
        assertEquals(Optional.empty(), UtcTimestamps.parseCanonical(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59.999999999Z"})
    void otherYearsAreWrittenByIsoInstant(String text) {
        Instant instant = Instant.parse(text);
        assertEquals(text, UtcTimestamps.format(instant));
    }
}
