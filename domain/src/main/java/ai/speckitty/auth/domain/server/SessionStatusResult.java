package ai.speckitty.auth.domain.server;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The answer to {@code GET /api/v1/session-status} (SPEC §2.6); {@code serverDate} is the
 * response's {@code Date} header, for clock-skew reports.
 */
public sealed interface SessionStatusResult {

    /** 200: the server knows the session as active. */
    record Active(String sessionId, OptionalLong currentGeneration, Optional<Instant> serverDate)
            implements SessionStatusResult {
        public Active {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(currentGeneration, "currentGeneration");
            Objects.requireNonNull(serverDate, "serverDate");
        }
    }

    /** 401: expired, revoked or invalid; the server never says which. */
    record Invalid(Optional<Instant> serverDate) implements SessionStatusResult {
        public Invalid {
            Objects.requireNonNull(serverDate, "serverDate");
        }
    }

    /** Anything else. */
    record Failed(ServerFailure failure) implements SessionStatusResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
