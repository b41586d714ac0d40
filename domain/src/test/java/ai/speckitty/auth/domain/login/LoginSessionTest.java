package ai.speckitty.auth.domain.login;

import static ai.speckitty.auth.domain.testkit.TestSessions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.Identity;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LoginSessionTest {
    private static final ServerUrl SERVER = new ServerUrl("https://app.spec-kitty.ai/");
    private static final Team SHARED = new Team(Optional.of("t_shared"), "Shared", Optional.of("member"), false);
    private static final Team PRIVATE = new Team(Optional.of("t_private"), "Ada's space", Optional.of("owner"), true);

    private static TokenGrant grant(Optional<Instant> refreshAt, OptionalLong refreshIn) {
        return new TokenGrant(new AccessToken("at"), OptionalLong.of(900), Optional.of(new RefreshToken("rt")),
                Optional.of("sess_1"), Optional.of("offline_access"), refreshAt, refreshIn, OptionalLong.empty());
    }

    private static Identity identity(List<Team> teams, Optional<Instant> refreshAt, Optional<String> name) {
        return new Identity("u_1", "ada@example.com", name, teams, refreshAt);
    }

    @Test
    void buildsTheWholeSessionAndPicksThePrivateTeamspaceAsDefault() {
        StoredSession s = LoginSession.create(SERVER, grant(Optional.empty(), OptionalLong.empty()),
                identity(List.of(SHARED, PRIVATE), Optional.empty(), Optional.empty()), AuthMethod.DEVICE_CODE, NOW);

        assertEquals(Optional.of(SERVER), s.server());
        assertEquals(NOW.plusSeconds(900), s.tokens().accessExpiresAt());
        assertEquals(Optional.empty(), s.tokens().refreshExpiresAt());
        assertEquals(Optional.of("sess_1"), s.info().id());
        assertEquals(Optional.of(AuthMethod.DEVICE_CODE), s.info().authMethod());
        assertEquals(Optional.of("t_private"), s.user().defaultTeamId());
        assertEquals(Optional.of("ada@example.com"), s.user().name());
        assertEquals(Optional.of(PRIVATE), s.defaultTeam());
    }

    @Test
    void defaultTeamIsTheFirstWhenNoneIsPrivate() {
        StoredSession s = LoginSession.create(SERVER, grant(Optional.empty(), OptionalLong.empty()),
                identity(List.of(SHARED), Optional.empty(), Optional.of("Ada")), AuthMethod.AUTHORIZATION_CODE, NOW);
        assertEquals(Optional.of("t_shared"), s.user().defaultTeamId());
        assertEquals(Optional.of("Ada"), s.user().name());
    }

    @Test
    void refreshExpiryPrefersTokenResponseThenMeThenExpiresIn() {
        Instant fromToken = Instant.parse("2026-12-01T00:00:00Z");
        Instant fromMe = Instant.parse("2026-12-02T00:00:00Z");
        List<Team> teams = List.of(PRIVATE);
        assertEquals(Optional.of(fromToken), LoginSession.create(SERVER, grant(Optional.of(fromToken), OptionalLong.of(5)),
                identity(teams, Optional.of(fromMe), Optional.empty()), AuthMethod.DEVICE_CODE, NOW).tokens().refreshExpiresAt());
        assertEquals(Optional.of(fromMe), LoginSession.create(SERVER, grant(Optional.empty(), OptionalLong.of(5)),
                identity(teams, Optional.of(fromMe), Optional.empty()), AuthMethod.DEVICE_CODE, NOW).tokens().refreshExpiresAt());
        assertEquals(Optional.of(NOW.plusSeconds(5)), LoginSession.create(SERVER, grant(Optional.empty(), OptionalLong.of(5)),
                identity(teams, Optional.empty(), Optional.empty()), AuthMethod.DEVICE_CODE, NOW).tokens().refreshExpiresAt());
    }

    @Test
    void pkceChallengeIsS256OfTheVerifier() {
        // Expected value computed independently with Python hashlib + base64.urlsafe_b64encode.
        PkceVerifier verifier = new PkceVerifier("dBjftJeZ4CVP-mJ0kpvVUPKhx1ZBdTRL5aN4yv5SHyM");
        assertEquals("rvswBIwAhDX-7BNTpz5AWoTTPTGZbaBolbNMdgyzRro", verifier.s256Challenge());
        assertEquals(43, PkceVerifier.fromRandomBytes(new byte[32]).value().length());
    }
}
