package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.application.port.LockHolder;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The lock's holder record, which any process (or user) may have scribbled: any text parses to a
 * holder or to nothing, never an exception, and every holder survives format then parse unchanged.
 */
class HolderRecordFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void holderRecordParse(byte[] record) {
        Optional<LockHolder> holder = HolderRecord.parse(new String(record, StandardCharsets.UTF_8));
        holder.ifPresent(h -> assertEquals(holder, HolderRecord.parse(HolderRecord.format(h)), "a parsed holder formats back to itself"));
    }

    @FuzzTest(maxDuration = "60s")
    void holderRecordRoundTrip(FuzzedDataProvider data) {
        long pid = data.consumeLong();
        Optional<Instant> startedAt = data.consumeBoolean()
                ? Optional.of(Instant.ofEpochSecond(data.consumeLong(-62_135_596_800L, 253_402_300_799L), data.consumeInt(0, 999_999_999)))
                : Optional.empty();
        String host = data.consumeString(300);
        String version = data.consumeRemainingAsString();
        LockHolder holder = new LockHolder(pid, host, startedAt, version);
        assertEquals(Optional.of(holder), HolderRecord.parse(HolderRecord.format(holder)));
    }
}
