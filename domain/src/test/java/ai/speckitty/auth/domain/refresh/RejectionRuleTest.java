package ai.speckitty.auth.domain.refresh;

import static ai.speckitty.auth.domain.refresh.Sessions.NOW;
import static ai.speckitty.auth.domain.refresh.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.refresh.NextStep.GiveUpReason;
import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectionRuleTest {
    private static final StoredSession REJECTED = session("s1", "rt-rejected", -10, 86_400L);

    static Stream<Arguments> rows() {
        StoredSession sameAgain = session("s1", "rt-rejected", -10, 86_400L);
        StoredSession rotatedFresh = session("s1", "rt-rotated", 3000, 86_400L);
        StoredSession rotatedStale = session("s1", "rt-rotated", -10, 86_400L);
        StoredSession otherLoginFresh = session("s2", "rt-rejected", 3000, 86_400L);
        StoredSession newerButRefreshExpired = session("s2", "rt-other", -10, -1L);
        StoredSession newerWithoutRefresh = session("s2", null, -10, null);
        return Stream.of(
                Arguments.of("still the rejected session", Optional.of(sameAgain), new NextStep.DeletePersisted()),
                Arguments.of("gone", Optional.empty(), new NextStep.GiveUp(GiveUpReason.LOGIN_REQUIRED)),
                Arguments.of("persisted refresh token expired", Optional.of(newerButRefreshExpired), new NextStep.DeletePersisted()),
                Arguments.of("rotated by another process, fresh", Optional.of(rotatedFresh), new NextStep.UseNewer(rotatedFresh)),
                Arguments.of("rotated by another process, stale", Optional.of(rotatedStale), new NextStep.RetryWith(rotatedStale)),
                Arguments.of("another login, fresh", Optional.of(otherLoginFresh), new NextStep.UseNewer(otherLoginFresh)),
                Arguments.of("newer without refresh token", Optional.of(newerWithoutRefresh),
                        new NextStep.GiveUp(GiveUpReason.NEWER_SESSION_CANNOT_REFRESH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesPerSpec(String row, Optional<StoredSession> persisted, NextStep expected) {
        assertEquals(expected, RejectionRule.decide(REJECTED, persisted, NOW));
    }
}
