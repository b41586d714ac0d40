package ai.speckitty.auth.domain.refresh;

import static ai.speckitty.auth.domain.refresh.Sessions.NOW;
import static ai.speckitty.auth.domain.refresh.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.speckitty.auth.domain.refresh.NextStep.GiveUpReason;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.StoredSession;
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
        StoredSession same = session("s1", "rt-spent", -100, null);
        assertEquals(new NextStep.GiveUp(GiveUpReason.REPLAY_NO_NEWER_TOKEN), ReplayRule.decide(SPENT, Optional.of(same), NOW));
    }

    @Test
    void newerTokenWithFreshAccessIsUsedWithoutRequest() {
        StoredSession newer = session("s1", "rt-newer", 3000, null);
        assertEquals(new NextStep.UseNewer(newer), ReplayRule.decide(SPENT, Optional.of(newer), NOW));
    }

    @Test
    void newerTokenWithStaleAccessIsTriedOnce() {
        StoredSession newer = session("s1", "rt-newer", 4, null);
        NextStep step = ReplayRule.decide(SPENT, Optional.of(newer), NOW);
        assertEquals(new NextStep.RetryWith(newer), step);
        assertNotEquals(SPENT, ((NextStep.RetryWith) step).session().tokens().refresh().orElseThrow());
    }

    @Test
    void newerSessionWithoutRefreshTokenCannotBeRetried() {
        StoredSession newer = session("s1", null, -1, null);
        assertEquals(new NextStep.GiveUp(GiveUpReason.NEWER_SESSION_CANNOT_REFRESH),
                ReplayRule.decide(SPENT, Optional.of(newer), NOW));
    }

    @Test
    void newerSessionWhoseRefreshTokenExpiredIsReportedAsExpired() {
        StoredSession newer = session("s1", "rt-newer", -1, -1L);
        assertEquals(new NextStep.GiveUp(GiveUpReason.NEWER_SESSION_EXPIRED), ReplayRule.decide(SPENT, Optional.of(newer), NOW));
    }
}
