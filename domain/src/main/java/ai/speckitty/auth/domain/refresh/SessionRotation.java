package ai.speckitty.auth.domain.refresh;

import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Tokens;
import java.time.Instant;
import java.util.Optional;

/** The session a successful refresh leaves behind (SPEC §4.3 step 3). */
public final class SessionRotation {

    /** Used when a token response omits {@code expires_in}. */
    public static final long DEFAULT_ACCESS_LIFETIME_SECONDS = 3600;

    private SessionRotation() {}

    /**
     * New tokens and times from the grant; refresh expiry, scope and refresh token fall back to
     * the previous values (never a hard-coded lifetime); generation only from the response;
     * identity, teams, session id, auth method and server kept.
     */
    public static StoredSession apply(StoredSession previous, TokenGrant grant, Instant now) {
        Tokens old = previous.tokens();
        Instant accessExpiresAt = now.plusSeconds(grant.expiresInSeconds().orElse(DEFAULT_ACCESS_LIFETIME_SECONDS));
        Optional<Instant> refreshExpiresAt = grant.refreshTokenExpiresAt()
                .or(() -> grant.refreshTokenExpiresInSeconds().isPresent()
                        ? Optional.of(now.plusSeconds(grant.refreshTokenExpiresInSeconds().getAsLong()))
                        : Optional.empty())
                .or(old::refreshExpiresAt);
        Tokens tokens = new Tokens(
                grant.accessToken(),
                grant.refreshToken().or(old::refresh),
                accessExpiresAt,
                refreshExpiresAt,
                grant.scope().or(old::scope));
        SessionInfo info = previous.info();
        SessionInfo rotatedInfo = new SessionInfo(
                info.id(), grant.generation(), info.authMethod(), Optional.of(now), Optional.of(now));
        return new StoredSession(previous.server(), tokens, rotatedInfo, previous.user(), previous.teams());
    }
}
