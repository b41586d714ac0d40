package ai.speckitty.auth.domain.refresh;

import static ai.speckitty.auth.domain.testkit.TestSessions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.speckitty.auth.domain.refresh.NextStep.GiveUpReason;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayRuleTest {
    private static final RefreshToken SPENT = new RefreshToken("rt-spent");

    @Test
    void sessionGoneMeanwhileGivesUpRetryably() {
        assertEquals(new NextStep.GiveUp(GiveUpReason.SESSION_GONE), ReplayRule.decide(SPENT, Optional.empty(), NOW));
    }

    @Test
    void persistedTokenIsTheSpentOneSoItIsNeverSentAgain() {
        StoredSession same = TestSessions.builder("s1").refreshToken("rt-spent")
                .accessExpiresIn(Duration.ofSeconds(-100)).refreshExpiresIn(null).build();
        assertEquals(new NextStep.GiveUp(GiveUpReason.REPLAY_NO_NEWER_TOKEN), ReplayRule.decide(SPENT, Optional.of(same), NOW));
    }

    @Test
    void newerTokenWithFreshAccessIsUsedWithoutRequest() {
        StoredSession newer = TestSessions.builder("s1").refreshToken("rt-newer")
                .accessExpiresIn(Duration.ofSeconds(3000)).refreshExpiresIn(null).build();
        assertEquals(new NextStep.UseNewer(newer), ReplayRule.decide(SPENT, Optional.of(newer), NOW));
    }

    @Test
    void newerTokenWithStaleAccessIsTriedOnce() {
        StoredSession newer = TestSessions.builder("s1").refreshToken("rt-newer")
                .accessExpiresIn(Duration.ofSeconds(4)).refreshExpiresIn(null).build();
        NextStep step = ReplayRule.decide(SPENT, Optional.of(newer), NOW);
        assertEquals(new NextStep.RetryWith(newer), step);
        assertNotEquals(SPENT, ((NextStep.RetryWith) step).session().tokens().refresh().orElseThrow());
    }

    @Test
    void newerSessionWithoutRefreshTokenCannotBeRetried() {
        StoredSession newer = TestSessions.builder("s1").refreshToken(null)
                .accessExpiresIn(Duration.ofSeconds(-1)).refreshExpiresIn(null).build();
        assertEquals(new NextStep.GiveUp(GiveUpReason.NEWER_SESSION_CANNOT_REFRESH),
                ReplayRule.decide(SPENT, Optional.of(newer), NOW));
    }

    @Test
    void newerSessionWhoseRefreshTokenExpiredIsReportedAsExpired() {
        StoredSession newer = TestSessions.builder("s1").refreshToken("rt-newer")
                .accessExpiresIn(Duration.ofSeconds(-1)).refreshExpiresIn(Duration.ofSeconds(-1)).build();
        assertEquals(new NextStep.GiveUp(GiveUpReason.NEWER_SESSION_EXPIRED), ReplayRule.decide(SPENT, Optional.of(newer), NOW));
    }
}
