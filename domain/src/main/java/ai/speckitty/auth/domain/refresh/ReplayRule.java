package ai.speckitty.auth.domain.refresh;

import ai.speckitty.auth.domain.refresh.NextStep.GiveUpReason;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Instant;
import java.util.Optional;

/**
 * SPEC §4.4, benign replay: after a 409 the spent token is never sent again; only a different
 * persisted refresh token may be tried, once.
 */
public final class ReplayRule {
    private ReplayRule() {}

    /** Decides from the token just sent and the session persisted now (re-read under the lock). */
    public static NextStep decide(RefreshToken spent, Optional<StoredSession> persistedNow, Instant now) {
        if (persistedNow.isEmpty()) {
            return new NextStep.GiveUp(GiveUpReason.SESSION_GONE);
        }
        StoredSession persisted = persistedNow.get();
        if (persisted.tokens().refresh().map(spent::equals).orElse(false)) {
            return new NextStep.GiveUp(GiveUpReason.REPLAY_NO_NEWER_TOKEN);
        }
        return useOrRetry(persisted, now);
    }

    static NextStep useOrRetry(StoredSession newer, Instant now) {
        if (!newer.accessTokenExpired(now)) {
            return new NextStep.UseNewer(newer);
        }
        if (newer.refreshTokenExpired(now)) {
            return new NextStep.GiveUp(GiveUpReason.NEWER_SESSION_EXPIRED);
        }
        if (!newer.canRefresh()) {
            return new NextStep.GiveUp(GiveUpReason.NEWER_SESSION_CANNOT_REFRESH);
        }
        return new NextStep.RetryWith(newer);
    }
}
