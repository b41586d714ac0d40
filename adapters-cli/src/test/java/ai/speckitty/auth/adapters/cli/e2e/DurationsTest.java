package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.adapters.cli.render.Durations;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({
            "0, 0s", "59, 59s", "60, 1m", "61, 1m 1s", "3599, 59m 59s", "3600, 1h", "3660, 1h 1m",
            "86399, 23h 59m", "86400, 1d", "90000, 1d 1h", "2592000, 30d", "-185, 3m 5s"})
    void twoLargestUnits(long seconds, String expected) {
        assertEquals(expected, Durations.humanise(Duration.ofSeconds(seconds)));
    }

    @ParameterizedTest
    @CsvSource({"300, in 5m", "-300, 5m ago", "0, in 0s"})
    void relative(long seconds, String expected) {
        assertEquals(expected, Durations.relative(Duration.ofSeconds(seconds)));
    }
}
