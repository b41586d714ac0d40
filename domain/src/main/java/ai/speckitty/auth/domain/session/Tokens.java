package ai.speckitty.auth.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The token part of a session; a missing refresh token means a session that cannot be refreshed,
 * a missing refresh expiry means the server manages it.
 */
public record Tokens(
        AccessToken access,
        Optional<RefreshToken> refresh,
        Instant accessExpiresAt,
        Optional<Instant> refreshExpiresAt,
        Optional<String> scope) {
    public Tokens {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(refreshExpiresAt, "refreshExpiresAt");
        Objects.requireNonNull(scope, "scope");
    }
}
