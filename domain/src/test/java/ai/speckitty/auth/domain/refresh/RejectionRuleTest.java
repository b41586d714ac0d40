package ai.speckitty.auth.domain.refresh;

import static ai.speckitty.auth.domain.testkit.TestSessions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.refresh.NextStep.GiveUpReason;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectionRuleTest {
    private static final StoredSession REJECTED = TestSessions.builder("s1").refreshToken("rt-rejected")
            .accessExpiresIn(Duration.ofSeconds(-10)).refreshExpiresIn(Duration.ofDays(1)).build();

    static Stream<Arguments> rows() {
        StoredSession sameAgain = TestSessions.builder("s1").refreshToken("rt-rejected")
                .accessExpiresIn(Duration.ofSeconds(-10)).refreshExpiresIn(Duration.ofDays(1)).build();
        StoredSession rotatedFresh = TestSessions.builder("s1").refreshToken("rt-rotated")
                .accessExpiresIn(Duration.ofSeconds(3000)).refreshExpiresIn(Duration.ofDays(1)).build();
        StoredSession rotatedStale = TestSessions.builder("s1").refreshToken("rt-rotated")
                .accessExpiresIn(Duration.ofSeconds(-10)).refreshExpiresIn(Duration.ofDays(1)).build();
        StoredSession otherLoginFresh = TestSessions.builder("s2").refreshToken("rt-rejected")
                .accessExpiresIn(Duration.ofSeconds(3000)).refreshExpiresIn(Duration.ofDays(1)).build();
        StoredSession newerButRefreshExpired = TestSessions.builder("s2").refreshToken("rt-other")
                .accessExpiresIn(Duration.ofSeconds(-10)).refreshExpiresIn(Duration.ofSeconds(-1)).build();
        StoredSession newerWithoutRefresh = TestSessions.builder("s2").refreshToken(null)
                .accessExpiresIn(Duration.ofSeconds(-10)).refreshExpiresIn(null).build();
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
