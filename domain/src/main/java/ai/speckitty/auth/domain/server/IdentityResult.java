package ai.speckitty.auth.domain.server;

import java.util.Objects;

/** The answer to {@code GET /api/v1/me}. */
public sealed interface IdentityResult {

    /** 200 with the required fields. */
    record Found(Identity identity) implements IdentityResult {
        public Found {
            Objects.requireNonNull(identity, "identity");
        }
    }

    /** 401: the access token was not accepted. */
    record Unauthorized() implements IdentityResult {}

    /** Anything else. */
    record Failed(ServerFailure failure) implements IdentityResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
