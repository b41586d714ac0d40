package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §4.8 against the sandbox: offline doctor makes no request; {@code --server} refreshes first, then asks. */
class DoctorServerTest extends SandboxTestBase {
    static final String HINT = "Run `spec-kitty auth doctor --server` to check the session with the server.";
    static final String INVALID = "\nServer Session\n  Invalid: there is no session that the server accepts.\n"
            + "  Run `spec-kitty auth login` to sign in again.\n";

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected <" + needle + "> in:\n" + haystack);
    }

    private static String active(IssuedSession session) {
        return "\nServer Session\n  Active (session " + session.sessionId() + ")\n";
    }

    @Test
    void offlineDoctorMakesNoRequestEvenWithAnExpiredAccessToken() {
        world.loggedIn(SandboxHome::accessExpired);
        byte[] before = world.home.credentialBytes();
        for (String[] args : List.of(new String[] {"auth", "doctor"}, new String[] {"auth", "doctor", "--json"})) {
            CliRun r = world.run(args);
            assertEquals(0, r.exit(), r.toString());
            assertContains(r.out(), "F-107");
        }
        assertEquals(List.of(), world.calls(), "offline: zero requests");
        assertArrayEquals(before, world.home.credentialBytes(), "offline doctor changes nothing");
    }

    @Test
    void serverRefreshesAnExpiredAccessTokenFirst() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        CliRun r = world.run("auth", "doctor", "--server");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith(active(session)), r.out());
        assertFalse(r.out().contains(HINT), "no --server hint with --server");
        assertEquals(List.of("POST /oauth/token", "GET /api/v1/session-status"), world.calls());
        assertEquals(1, world.sandbox.journal().countRefreshSubmissions(session.refreshToken()));
        String newAccess = world.requireOnDisk().tokens().access().value();
        assertNotEquals(session.accessToken(), newAccess);
        RecordedRequest status = world.only("GET", Sandbox.SESSION_STATUS_PATH);
        assertEquals(newAccess, status.bearerToken(), "session-status gets the refreshed access token");
        assertEquals("", status.body(), "never a refresh token on session-status");
    }

    @Test
    void serverWithAFreshTokenDoesNotRefresh() {
        IssuedSession session = world.loggedIn();
        CliRun r = world.run("auth", "doctor", "--server");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith(active(session)), r.out());
        assertEquals(List.of("GET /api/v1/session-status"), world.calls());
        assertEquals(session.accessToken(), world.only("GET", Sandbox.SESSION_STATUS_PATH).bearerToken());
    }

    @Test
    void revokedFamilyIsInvalidAndTheExitCodeStaysZero() {
        IssuedSession session = world.loggedIn();
        world.sandbox.revokeSession(session.sessionId());
        CliRun r = world.run("auth", "doctor", "--server");
        assertEquals(0, r.exit(), "the server result does not change the exit code:\n" + r);
        assertTrue(r.out().endsWith(INVALID), r.out());
        assertEquals(List.of("GET /api/v1/session-status"), world.calls(), "a 401 there is reported, not retried");
    }

    @Test
    void rejectedRefreshIsInvalidAndDeletesTheSession() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        world.sandbox.revokeSession(session.sessionId());
        CliRun r = world.run("auth", "doctor", "--server");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith(INVALID), r.out());
        assertEquals(List.of("POST /oauth/token"), world.calls());
        assertFalse(world.credentialsExist(), "SPEC §4.4: a rejected session is deleted");
    }

    @Test
    void sessionStatus500IsCheckFailed() {
        world.loggedIn();
        world.sandbox.injectFault(Sandbox.SESSION_STATUS_PATH, Fault.status(500));
        CliRun r = world.run("auth", "doctor", "--server");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "\nServer Session\n  Check failed: The server could not be asked: ");
        assertContains(r.out(), "(HTTP 500)");
        assertContains(r.out(), "Try again in a moment.");
        assertEquals(List.of("GET /api/v1/session-status"), world.calls());
    }

    @Test
    void refresh503IsCheckFailedAndKeepsTheSession() {
        world.loggedIn(SandboxHome::accessExpired);
        byte[] before = world.home.credentialBytes();
        world.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(503));
        CliRun r = world.run("auth", "doctor", "--server");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "\nServer Session\n  Check failed: Could not renew the session: ");
        assertContains(r.out(), "(HTTP 503)");
        assertContains(r.out(), "Your session was kept.");
        assertArrayEquals(before, world.home.credentialBytes());
        assertEquals(List.of("POST /oauth/token"), world.calls());
    }

    @Test
    void criticalLocalFindingIsExitOneEvenWhenTheServerSaysActive() {
        IssuedSession session = world.loggedIn();
        world.home.mode(world.home.credentials(), "rw-r--r--");
        CliRun r = world.run("auth", "doctor", "--server");
        assertEquals(1, r.exit(), r.toString());
        assertContains(r.out(), "critical F-103");
        assertTrue(r.out().endsWith(active(session)), r.out());
    }

    @Test
    void configuredServerMismatchSendsNothing() {
        IssuedSession session = world.loggedIn();
        try (Sandbox other = Sandbox.start()) {
            CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", other.baseUrl()), "auth", "doctor", "--server");
            assertEquals(0, r.exit(), "F-105 is a warning:\n" + r);
            assertContains(r.out(), "\nServer Session\n  Check failed: The session belongs to another server:\n    "
                    + world.sandbox.baseUrl() + "\n");
            assertContains(r.out(), "Its tokens are not sent elsewhere.");
            assertEquals(0, other.journal().size(), "the session's tokens never go to the configured server");
        }
        assertEquals(List.of(), world.calls());
        assertTrue(world.sandbox.isCurrentRefreshToken(session.refreshToken()));
    }

    @Test
    void notLoggedInIsInvalidWithoutARequest() {
        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl()), "auth", "doctor", "--server");
        assertEquals(1, r.exit(), "F-001 is critical:\n" + r);
        assertTrue(r.out().endsWith(INVALID), r.out());
        assertEquals(List.of(), world.calls());
    }

    @Test
    void clockSkewFromTheDateHeaderIsReported() {
        world.loggedIn();
        world.sandbox.setDateSkew(Duration.ofMinutes(5));
        CliRun r = world.run("auth", "doctor", "--server");
        assertTrue(r.out().matches("(?s).*\n  Clock skew: this machine's clock is (4m 5[89]s|5m|5m 1s) behind the server's;\n"
                + "  token expiry times may be off\\. Set the clock right \\(NTP\\)\\.\n"),
                r.out());
    }

    @Test
    void jsonCarriesServerSession() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        CliRun r = world.run("auth", "doctor", "--server", "--json");
        assertEquals(0, r.exit(), r.toString());
        Map<String, Object> doc = StrictJson.object(r.out());
        Map<String, Object> expected = new HashMap<>();
        expected.put("active", true);
        expected.put("session_id", session.sessionId());
        expected.put("error", null);
        expected.put("clock_skew_s", null);
        assertEquals(expected, doc.get("server_session"));
        assertFalse(r.out().contains(HINT));

        world.sandbox.revokeSession(session.sessionId());
        Map<?, ?> invalid = (Map<?, ?>) StrictJson.object(world.run("auth", "doctor", "--server", "--json").out()).get("server_session");
        assertEquals(false, invalid.get("active"));
        assertEquals(null, invalid.get("session_id"));
        assertEquals("invalid", invalid.get("error"));

        Map<?, ?> offline = StrictJson.object(world.run("auth", "doctor", "--json").out());
        assertFalse(offline.containsKey("server_session"), "server_session only with --server (SPEC §4.8)");
    }
}
