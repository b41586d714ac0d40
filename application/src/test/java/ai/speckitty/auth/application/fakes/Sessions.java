package ai.speckitty.auth.application.fakes;

import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Test sessions relative to a fixed "now". */
public final class Sessions {
    public static final Instant NOW = Instant.parse("2026-11-23T17:30:00Z");
    public static final String SERVER = "https://app.spec-kitty.ai";

    private Sessions() {}

    /** A current-shape session: access expires in {@code access}, refresh in {@code refresh} (null = server-managed). */
    public static StoredSession session(Duration access, Duration refresh) {
        return session(access, refresh, true);
    }

    public static StoredSession session(Duration access, Duration refresh, boolean withRefreshToken) {
        Tokens tokens = new Tokens(new AccessToken("at-secret"),
                withRefreshToken ? Optional.of(new RefreshToken("rt-secret")) : Optional.empty(),
                NOW.plus(access), Optional.ofNullable(refresh).map(NOW::plus), Optional.of("offline_access"));
        SessionInfo info = new SessionInfo(Optional.of("sess_1"), OptionalLong.of(7), Optional.of(AuthMethod.DEVICE_CODE),
                Optional.of(NOW.minusSeconds(1800)), Optional.of(NOW.minusSeconds(60)));
        User user = new User(Optional.of("u_123"), Optional.of("ada@example.com"), Optional.of("Ada"), Optional.of("t_2"));
        List<Team> teams = List.of(
                new Team(Optional.of("t_1"), "Ada's space", Optional.of("owner"), true),
                new Team(Optional.of("t_2"), "Engines", Optional.of("member"), false));
        return new StoredSession(Optional.of(new ServerUrl(SERVER)), tokens, info, user, teams);
    }

    public static StoredSession fresh() {
        return session(Duration.ofMinutes(30), Duration.ofDays(30));
    }

    /** A legacy 2.x file as read: no server, no session info, a team from team_slug, no refresh expiry. */
    public static StoredSession legacy() {
        Tokens tokens = new Tokens(new AccessToken("at-secret"), Optional.of(new RefreshToken("rt-secret")),
                NOW.plusSeconds(600), Optional.empty(), Optional.empty());
        User user = new User(Optional.empty(), Optional.of("old@example.com"), Optional.empty(), Optional.empty());
        return new StoredSession(Optional.empty(), tokens, SessionInfo.unknown(), user,
                List.of(new Team(Optional.empty(), "old-team", Optional.empty(), false)));
    }

    public static StoredSession withServer(StoredSession s, String url) {
        return new StoredSession(Optional.of(new ServerUrl(url)), s.tokens(), s.info(), s.user(), s.teams());
    }
}
