package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §4.7 {@code auth token} with §4.3–§4.4 underneath, against the sandbox. */
class TokenTest {
    static final String RELOGIN = "Run `spec-kitty auth login` to sign in again.";

    @TempDir
    Path tmp;
    SandboxHome world;

    @BeforeEach
    void start() {
        world = SandboxHome.start(tmp, b -> b.replayGraceWindow(Duration.ofSeconds(60)));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void aFreshTokenIsPrintedAloneWithoutARequest() {
        IssuedSession session = world.loggedIn();
        byte[] before = world.home.credentialBytes();
        CliRun r = world.run("auth", "token");
        assertEquals(new CliRun(0, session.accessToken() + "\n", ""), r);
        assertEquals(List.of(), world.calls());
        assertArrayEquals(before, world.home.credentialBytes(), "a fresh token is used as is: no write");
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheNewOneIsPrinted() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        CliRun r = world.run("auth", "token");
        StoredSession stored = world.requireOnDisk();
        String newAccess = stored.tokens().access().value();
        assertNotEquals(session.accessToken(), newAccess);
        assertEquals(new CliRun(0, newAccess + "\n", ""), r);

        assertEquals(List.of("POST /oauth/token"), world.calls());
        RecordedRequest refresh = world.only("POST", Sandbox.TOKEN_PATH);
        assertEquals(Map.of("grant_type", List.of("refresh_token"), "refresh_token", List.of(session.refreshToken()),
                "client_id", List.of("cli_native")), refresh.form(), "exactly the three fields of SPEC §2.3");
        assertFalse(refresh.hasHeader("Authorization"));

        String newRefresh = stored.tokens().refresh().orElseThrow().value();
        assertTrue(world.sandbox.isCurrentRefreshToken(newRefresh), "the rotated refresh token is stored");
        assertEquals(session.sessionId(), stored.info().id().orElseThrow());
        assertEquals(1L, stored.info().generation().orElseThrow(), "generation from the refresh response");

        CliRun again = world.run("auth", "token");
        assertEquals(new CliRun(0, newAccess + "\n", ""), again);
        assertEquals(1, world.sandbox.journal().size(), "now fresh: no second request");
    }

    @Test
    void notLoggedInIsExitFourWithNothingOnStdout() {
        CliRun r = world.run("auth", "token");
        assertEquals(4, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Not signed in.\n"), r.err());
        assertTrue(r.err().contains("Run `spec-kitty auth login` to sign in."), r.err());
        assertEquals(List.of(), world.calls());
    }

    @Test
    void aRejectedRefreshIsExitFourAndDeletesTheCredentials() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        world.sandbox.revokeSession(session.sessionId());
        CliRun r = world.run("auth", "token");
        assertEquals(4, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("the server no longer accepts it"), r.err());
        assertTrue(r.err().contains(RELOGIN), r.err());
        assertFalse(world.credentialsExist(), "SPEC §4.4: the rejected session is deleted");
        assertEquals(List.of("POST /oauth/token"), world.calls());
        assertEquals(401, world.only("POST", Sandbox.TOKEN_PATH).status());
    }

    @Test
    void anExpiredRefreshTokenIsExitFourWithoutARequest() {
        world.loggedIn(SandboxHome::refreshExpired);
        CliRun r = world.run("auth", "token");
        assertEquals(4, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Your session has expired.\n"), r.err());
        assertTrue(r.err().contains(RELOGIN), r.err());
        assertEquals(List.of(), world.calls());
    }

    @Test
    void aBenignReplayWithNoNewerTokenKeepsTheSessionAndNeverResendsTheSpentToken() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        world.spend(session.refreshToken());
        byte[] before = world.home.credentialBytes();

        CliRun r = world.run("auth", "token");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("used twice"), r.err());
        assertTrue(r.err().contains("Your session was kept."), r.err());
        assertTrue(r.err().contains("`spec-kitty auth login`"), r.err());
        assertEquals(List.of("POST /oauth/token"), world.calls());
        assertEquals(409, world.only("POST", Sandbox.TOKEN_PATH).status(), "the sandbox answered a benign replay");
        assertEquals(1, world.sandbox.journal().countRefreshSubmissions(session.refreshToken()),
                "the spent token is submitted exactly once");
        assertArrayEquals(before, world.home.credentialBytes(), "the session is kept as it was");
        assertFalse(world.sandbox.session(session.sessionId()).orElseThrow().revoked(), "the family is still alive");
    }

    @Test
    void aServerFailureKeepsTheSessionAndIsExitOne() {
        world.loggedIn(SandboxHome::accessExpired);
        byte[] before = world.home.credentialBytes();
        world.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(503));
        CliRun r = world.run("auth", "token");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("(HTTP 503)"), r.err());
        assertTrue(r.err().contains("Your session was kept. Try again in a moment."), r.err());
        assertFalse(r.err().contains("temporarily_unavailable"), "no bare OAuth code without --debug: " + r.err());
        assertArrayEquals(before, world.home.credentialBytes());
    }
}
