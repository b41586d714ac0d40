package ai.speckitty.auth.application.logout;

import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import java.util.Objects;
import java.util.Optional;

/** What logout did about server-side revocation before deleting the local session. */
public sealed interface Revocation {

    /**
     * A revocation was attempted (or found impossible: NO_REFRESH_TOKEN); this is what came of it,
     * and {@code server} is where it was sent, with where that URL came from.
     */
    record Attempted(RevokeOutcome outcome, Optional<ServerUsed> server) implements Revocation {
        public Attempted {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(server, "server");
        }

        /** An outcome decided without a server call. */
        public Attempted(RevokeOutcome outcome) {
            this(outcome, Optional.empty());
        }
    }

    /** {@code --force}: the server was not contacted. */
    record SkippedByForce() implements Revocation {}

    /** The credentials file is unreadable, so there was no token to revoke. */
    record UnreadableCredentials() implements Revocation {}

    /** The session records no server and none is configured, so there was nowhere to send it. */
    record NoServerKnown() implements Revocation {}
}
