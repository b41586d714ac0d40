package ai.speckitty.auth.domain.refresh;

import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Objects;

/** What the refresh transaction does after a replay or rejection answer (SPEC §4.4). */
public sealed interface NextStep {

    /** Another process already left a fresh session on disk: use it, no request. */
    record UseNewer(StoredSession session) implements NextStep {
        public UseNewer {
            Objects.requireNonNull(session, "session");
        }
    }

    /** A different, newer session is on disk but its access token is stale: refresh once with its token. */
    record RetryWith(StoredSession session) implements NextStep {
        public RetryWith {
            Objects.requireNonNull(session, "session");
        }
    }

    /** The rejected session is still the persisted one (or its refresh token expired): delete it. */
    record DeletePersisted() implements NextStep {}

    /** Nothing usable is left and nothing may be deleted; stop with this reason. */
    record GiveUp(GiveUpReason reason) implements NextStep {
        public GiveUp {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why the transaction stops without a token. */
    enum GiveUpReason {
        /** 409 and the persisted refresh token is the one just sent: never send it again. */
        REPLAY_NO_NEWER_TOKEN,
        /** 409 and the session vanished meanwhile (a logout): retryable. */
        SESSION_GONE,
        /** Rejected, and no session is left on disk: the user must log in. */
        LOGIN_REQUIRED,
        /** A newer session is on disk, but it has no refresh token and a stale access token. */
        NEWER_SESSION_CANNOT_REFRESH,
        /** A newer session is on disk, but its refresh token expired and its access token is stale. */
        NEWER_SESSION_EXPIRED
    }
}
