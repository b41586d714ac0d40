package ai.speckitty.auth.domain.refresh;

import ai.speckitty.auth.domain.server.ServerFailure;
import java.util.Objects;

/** The answer to one refresh request, one case per row of the SPEC §2.3 refresh table. */
public sealed interface RefreshResult {

    /** 200: the token was rotated. */
    record Rotated(TokenGrant grant) implements RefreshResult {
        public Rotated {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** 409 {@code refresh_replay_benign_retry}: the token was just spent; the family lives. */
    record ReplayDetected(int retryAfterSeconds) implements RefreshResult {}

    /** 400/401 {@code invalid_grant} or {@code session_invalid}: the session is dead. */
    record Rejected(String error) implements RefreshResult {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Anything else: the session must be kept untouched. */
    record Failed(ServerFailure failure) implements RefreshResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
