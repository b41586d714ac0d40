package ai.speckitty.auth.domain.refresh;

import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Builds sessions for rule tests: a session id, a refresh token and expiry offsets from NOW. */
final class Sessions {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private Sessions() {}

    static StoredSession session(String sessionId, String refresh, long accessExpiresInS, Long refreshExpiresInS) {
        Tokens tokens = new Tokens(
                new AccessToken("at-" + refresh),
                Optional.ofNullable(refresh).map(RefreshToken::new),
                NOW.plusSeconds(accessExpiresInS),
                Optional.ofNullable(refreshExpiresInS).map(NOW::plusSeconds),
                Optional.of("offline_access"));
        SessionInfo info = new SessionInfo(Optional.of(sessionId), OptionalLong.of(3), Optional.of(AuthMethod.DEVICE_CODE),
                Optional.of(NOW.minusSeconds(7200)), Optional.of(NOW.minusSeconds(60)));
        User user = new User(Optional.of("u_1"), Optional.of("ada@example.com"), Optional.of("Ada"), Optional.of("t_1"));
        return new StoredSession(Optional.of(new ServerUrl("https://app.spec-kitty.ai")), tokens, info, user,
                List.of(new Team(Optional.of("t_1"), "Ada's space", Optional.of("owner"), true)));
    }
}
