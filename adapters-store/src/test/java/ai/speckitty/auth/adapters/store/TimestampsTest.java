package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timestamps as the credentials file may hold them: every form reads as it did with java.time alone. */
class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-23T18:00:00Z,         2026-11-23T18:00:00Z",
            "2026-12-07T05:35:51.907429622Z, 2026-12-07T05:35:51.907429622Z",
            "2026-11-23T18:00:00.5Z,       2026-11-23T18:00:00.500Z",
            "2026-11-23T19:00:00+01:00,    2026-11-23T18:00:00Z",
            "2026-11-23T18:00:00,          2026-11-23T18:00:00Z",
            "2026-11-23 18:00:00Z,         2026-11-23T18:00:00Z",
            "2026-11-23t18:00:00z,         2026-11-23T18:00:00Z",
            "' 2026-11-23T18:00:00Z ',     2026-11-23T18:00:00Z",
            "2026-11-23T18:00Z,            2026-11-23T18:00:00Z",
            "2023-02-29T12:00:00Z,         ",
            "2026-11-23T24:00:00Z,         ",
            "+2026-11-23T18:00:00Z,        ",
            "2026-1-23T18:00:00Z,          ",
            "2026-11-23X18:00:00Z,         ",
            "'',                           "})
    void readsEveryFormAsJavaTimeAloneDid(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Instant::parse), Timestamps.parse(text));
    }
}
