package ai.speckitty.auth.domain.refresh;

import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A successful answer of the token endpoint (SPEC §2.3), with every optional field kept optional. */
public record TokenGrant(
        AccessToken accessToken,
        OptionalLong expiresInSeconds,
        Optional<RefreshToken> refreshToken,
        Optional<String> sessionId,
        Optional<String> scope,
        Optional<Instant> refreshTokenExpiresAt,
        OptionalLong refreshTokenExpiresInSeconds,
        OptionalLong generation) {
    public TokenGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresInSeconds, "expiresInSeconds");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
        Objects.requireNonNull(refreshTokenExpiresInSeconds, "refreshTokenExpiresInSeconds");
        Objects.requireNonNull(generation, "generation");
    }
}
