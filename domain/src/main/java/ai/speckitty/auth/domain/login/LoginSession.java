package ai.speckitty.auth.domain.login;

import ai.speckitty.auth.domain.refresh.SessionRotation;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.Identity;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import java.time.Instant;
import java.util.Optional;

/** The session a successful login creates (SPEC §4.6). */
public final class LoginSession {
    private LoginSession() {}

    /**
     * Builds the session from the token grant and {@code /me}; refresh expiry from the grant's
     * {@code refresh_token_expires_at}, else {@code /me}'s, else now + {@code refresh_token_expires_in},
     * else absent; default team = first private teamspace, else the first team.
     */
    public static StoredSession create(
            ServerUrl server, TokenGrant grant, Identity identity, AuthMethod method, Instant now) {
        Optional<Instant> refreshExpiresAt = grant.refreshTokenExpiresAt()
                .or(identity::refreshTokenExpiresAt)
                .or(() -> grant.refreshTokenExpiresInSeconds().isPresent()
                        ? Optional.of(now.plusSeconds(grant.refreshTokenExpiresInSeconds().getAsLong()))
                        : Optional.empty());
        Tokens tokens = new Tokens(
                grant.accessToken(),
                grant.refreshToken(),
                now.plusSeconds(grant.expiresInSeconds().orElse(SessionRotation.DEFAULT_ACCESS_LIFETIME_SECONDS)),
                refreshExpiresAt,
                grant.scope());
        SessionInfo info = new SessionInfo(
                grant.sessionId(), grant.generation(), Optional.of(method), Optional.of(now), Optional.of(now));
        Optional<String> defaultTeamId = identity.teams().stream()
                .filter(Team::privateTeamspace).findFirst()
                .or(() -> identity.teams().stream().findFirst())
                .flatMap(Team::id);
        User user = new User(Optional.of(identity.userId()), Optional.of(identity.email()),
                Optional.of(identity.name().orElse(identity.email())), defaultTeamId);
        return new StoredSession(Optional.of(server), tokens, info, user, identity.teams());
    }
}
