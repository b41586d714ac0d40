package ai.speckitty.auth.application.status;

import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be shown about a session: identity, teams, expiry, bookkeeping and server. It holds no
 * token and no generation (SPEC §4.7, §6), so any front end can render all of it.
 *
 * @param accessRemaining  time until the access token expires (negative once past)
 * @param accessExpired    SPEC §4.2, with its 5 s margin
 * @param refreshRemaining time until the refresh token expires; empty when the server manages it
 * @param refreshExpired   SPEC §4.2: only when an expiry is known and has passed
 * @param refreshable      false when the session holds no refresh token at all
 */
public record SessionSummary(
        Optional<String> email,
        Optional<String> name,
        Optional<String> userId,
        List<TeamSummary> teams,
        Instant accessExpiresAt,
        Duration accessRemaining,
        boolean accessExpired,
        Optional<Instant> refreshExpiresAt,
        Optional<Duration> refreshRemaining,
        boolean refreshExpired,
        boolean refreshable,
        Optional<String> sessionId,
        Optional<AuthMethod> authMethod,
        Optional<Instant> issuedAt,
        Optional<Instant> lastUsedAt,
        ServerResolution server) {

    public SessionSummary {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userId, "userId");
        teams = List.copyOf(teams);
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(accessRemaining, "accessRemaining");
        Objects.requireNonNull(refreshExpiresAt, "refreshExpiresAt");
        Objects.requireNonNull(refreshRemaining, "refreshRemaining");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(server, "server");
    }

    /** Summarises {@code session} as seen at {@code now}. */
    public static SessionSummary of(StoredSession session, ServerResolution server, Instant now) {
        Optional<Team> defaultTeam = session.defaultTeam();
        List<TeamSummary> teams = session.teams().stream()
                .map(t -> new TeamSummary(t.id(), t.name(), t.role(), t.privateTeamspace(),
                        defaultTeam.map(d -> d == t).orElse(false)))
                .toList();
        Instant accessExpiresAt = session.tokens().accessExpiresAt();
        Optional<Instant> refreshExpiresAt = session.tokens().refreshExpiresAt();
        return new SessionSummary(
                session.user().email(),
                session.user().displayName(),
                session.user().id(),
                teams,
                accessExpiresAt,
                Duration.between(now, accessExpiresAt),
                session.accessTokenExpired(now),
                refreshExpiresAt,
                refreshExpiresAt.map(at -> Duration.between(now, at)),
                session.refreshTokenExpired(now),
                session.canRefresh(),
                session.info().id(),
                session.info().authMethod(),
                session.info().issuedAt(),
                session.info().lastUsedAt(),
                server);
    }
}
