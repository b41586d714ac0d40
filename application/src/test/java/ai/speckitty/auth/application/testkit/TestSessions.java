package ai.speckitty.auth.application.testkit;

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

/** Sample sessions for tests: every field set, with token values derived from a label. */
public final class TestSessions {
    /** A fixed instant, so sessions built from the same label are equal. */
    public static final Instant T0 = Instant.parse("2026-11-23T17:00:00Z");

    private TestSessions() {
    }

    /** A complete session whose tokens are {@code access-<label>} and {@code refresh-<label>}. */
    public static StoredSession session(String label) {
        return session(label, T0);
    }

    /** As {@link #session(String)}, issued at {@code issuedAt}: access valid for 1 h, refresh for 30 days. */
    public static StoredSession session(String label, Instant issuedAt) {
        Tokens tokens = new Tokens(new AccessToken("access-" + label), Optional.of(new RefreshToken("refresh-" + label)),
                issuedAt.plus(Duration.ofHours(1)), Optional.of(issuedAt.plus(Duration.ofDays(30))),
                Optional.of("offline_access"));
        SessionInfo info = new SessionInfo(Optional.of("sess_" + label), OptionalLong.of(7),
                Optional.of(AuthMethod.DEVICE_CODE), Optional.of(issuedAt), Optional.of(issuedAt));
        User user = new User(Optional.of("u_123"), Optional.of("ada@example.com"), Optional.of("Ada"), Optional.of("t_1"));
        List<Team> teams = List.of(
                new Team(Optional.of("t_1"), "Ada's space", Optional.of("owner"), true),
                new Team(Optional.of("t_2"), "Engines", Optional.of("member"), false));
        return new StoredSession(Optional.of(new ServerUrl("https://app.spec-kitty.ai")), tokens, info, user, teams);
    }

    /** The same session with another generation, for counting writes. */
    public static StoredSession withGeneration(StoredSession session, long generation) {
        SessionInfo info = session.info();
        return new StoredSession(session.server(), session.tokens(),
                new SessionInfo(info.id(), OptionalLong.of(generation), info.authMethod(), info.issuedAt(), info.lastUsedAt()),
                session.user(), session.teams());
    }
}
