package ai.speckitty.auth.domain.refresh;

import ai.speckitty.auth.domain.refresh.NextStep.GiveUpReason;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Instant;
import java.util.Optional;

/**
 * SPEC §4.4, rejection ({@code invalid_grant} / {@code session_invalid}): delete only the session
 * that was rejected; a newer persisted session is never deleted because this copy was stale.
 */
public final class RejectionRule {
    private RejectionRule() {}

    /** Decides from the session whose refresh was rejected and the session persisted now. */
    public static NextStep decide(StoredSession rejected, Optional<StoredSession> persistedNow, Instant now) {
        if (persistedNow.isEmpty()) {
            return new NextStep.GiveUp(GiveUpReason.LOGIN_REQUIRED);
        }
        StoredSession persisted = persistedNow.get();
        if (!persisted.differsFrom(rejected) || persisted.refreshTokenExpired(now)) {
            return new NextStep.DeletePersisted();
        }
        return ReplayRule.useOrRetry(persisted, now);
    }
}
