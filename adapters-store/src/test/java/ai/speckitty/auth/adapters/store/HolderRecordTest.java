package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.application.port.LockHolder;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lock holder record: one line of JSON, read back exactly, anything else ignored. */
class HolderRecordTest {

    @Test
    void theRecordIsOneLineOfJsonThatReadsBackEqual() {
        LockHolder holder = new LockHolder(31337, "host \"quoted\" \\ tab\t ü", Optional.of(Instant.parse("2026-11-23T18:00:00Z")), "1.2.3");
        String record = HolderRecord.format(holder);
        assertEquals("{\"pid\":31337,\"host\":\"host \\\"quoted\\\" \\\\ tab\\t ü\",\"started_at\":\"2026-11-23T18:00:00Z\",\"version\":\"1.2.3\"}\n",
                record);
        assertEquals(Optional.of(holder), HolderRecord.parse(record));
    }

    @Test
    void otherWritersSpacingOrderAndExtraFieldsAreAccepted() {
        String record = "{ \"version\" : \"2.0\", \"extra\": [1], \"host\": \"b\\u00e9\", \"pid\": 7 ,\"started_at\":\"2026-11-23T18:00:00+00:00\"}";
        // Arrays are not part of the record; a record with one is not ours.
        assertEquals(Optional.empty(), HolderRecord.parse(record));
        String plain = "{ \"version\" : \"2.0\", \"alive\": true, \"host\": \"b\\u00e9\", \"pid\": 7 ,\"started_at\":\"2026-11-23T18:00:00+00:00\"}";
        assertEquals(Optional.of(new LockHolder(7, "bé", Optional.of(Instant.parse("2026-11-23T18:00:00Z")), "2.0")),
                HolderRecord.parse(plain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"pid\":12", "{\"host\":\"h\"}", "{\"pid\":\"12\",\"host\":\"h\"}",
        "not json", "{\"pid\":1,\"host\":\"h\"} trailing", "{\"pid\":1,\"host\":\"h\\x\"}", "\u0000\u0000"})
    void anEmptyPartialOrForeignRecordHasNoHolder(String text) {
        assertEquals(Optional.empty(), HolderRecord.parse(text));
    }

    @Test
    void anUnreadableStartTimeLeavesTheHolderWithoutOne() {
        assertEquals(Optional.of(new LockHolder(1, "h", Optional.empty(), "")),
                HolderRecord.parse("{\"pid\":1,\"host\":\"h\",\"started_at\":\"yesterday\"}"));
    }
}
