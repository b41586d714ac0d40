package ai.speckitty.auth.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a successful login leaves on disk (SPEC §3): tokens, expiry times, identity, teams, the
 * server it belongs to, and bookkeeping. Its {@code toString()} never shows a token.
 */
public record StoredSession(Optional<ServerUrl> server, Tokens tokens, SessionInfo info, User user, List<Team> teams) {

    /** An access token this close to expiry already counts as expired (SPEC §4.2). */
    public static final Duration ACCESS_EXPIRY_MARGIN = Duration.ofSeconds(5);

    public StoredSession {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(user, "user");
        teams = List.copyOf(teams);
    }

    /** SPEC §4.2: expired when {@code access_expires_at <= now + 5 s}. */
    public boolean accessTokenExpired(Instant now) {
        return !tokens.accessExpiresAt().isAfter(now.plus(ACCESS_EXPIRY_MARGIN));
    }

    /** SPEC §4.2: expired only when a refresh expiry is known and {@code <= now}. */
    public boolean refreshTokenExpired(Instant now) {
        return tokens.refreshExpiresAt().map(at -> !at.isAfter(now)).orElse(false);
    }

    /** SPEC §4.2: a session is authenticated while its refresh token is not known to be expired. */
    public boolean authenticated(Instant now) {
        return !refreshTokenExpired(now);
    }

    public boolean canRefresh() {
        return tokens.refresh().isPresent();
    }

    /**
     * True when this is materially a different session from {@code other}: another session id or
     * another refresh token (SPEC §4.3 step 2, §4.4).
     */
    public boolean differsFrom(StoredSession other) {
        return !info.id().equals(other.info.id()) || !tokens.refresh().equals(other.tokens.refresh());
    }

    /** The team shown as default: the recorded one, else the first private teamspace, else the first team. */
    public Optional<Team> defaultTeam() {
        Optional<String> recorded = user.defaultTeamId();
        if (recorded.isPresent()) {
            Optional<Team> match = teams.stream().filter(t -> t.id().equals(recorded)).findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return teams.stream().filter(Team::privateTeamspace).findFirst().or(() -> teams.stream().findFirst());
    }
}
