package ai.speckitty.auth.domain.revoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §4.5: logout reports exactly one of four revocation outcomes. */
class RevokeOutcomeTest {

    @Test
    void thereAreExactlyTheFourOutcomesOfTheLogoutTable() {
        assertEquals(List.of("REVOKED", "SERVER_FAILURE", "NETWORK_ERROR", "NO_REFRESH_TOKEN"),
                Arrays.stream(RevokeOutcome.values()).map(Enum::name).toList());
    }
}
