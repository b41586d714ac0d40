package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC §4.5 end to end: every row of the logout table, against the sandbox, with real files. */
class LogoutTest extends SandboxTestBase {
    static final String CONFIRMED = "The server revoked the session.";
    static final String SERVER_ERROR = "The server did not confirm the revocation (server error); "
            + "the local credentials are deleted anyway.";
    static final String NETWORK_ERROR = "The server did not confirm the revocation (network error); "
            + "the local credentials are deleted anyway.";
    static final String NO_REFRESH_TOKEN = "No server revocation was possible (no refresh token); "
            + "the local credentials are deleted anyway.";
    static final String FORCE = "Skipped the server revocation (--force).";
    static final String LOGGED_OUT = "Logged out.";
    static final String NOT_LOGGED_IN = "Not signed in; nothing to do.\n";

    /** RFC 7009 as SPEC §2.4 fixes it: the form is exactly token + hint; no Authorization header, no query. */
    static void assertRevokeShape(RecordedRequest revoke, String refreshToken) {
        assertEquals("POST", revoke.method());
        assertEquals(Sandbox.REVOKE_PATH, revoke.path());
        assertEquals(Map.of("token", List.of(refreshToken), "token_type_hint", List.of("refresh_token")), revoke.form(),
                "the form carries exactly token and token_type_hint");
        assertTrue(revoke.header("Content-Type").startsWith("application/x-www-form-urlencoded"), revoke.header("Content-Type"));
        assertFalse(revoke.hasHeader("Authorization"), "no Authorization header on revoke");
        assertEquals(null, revoke.rawQuery(), "nothing in the URL");
    }

    /** The network-error line names the server and where its URL came from (issue 8). */
    private static String networkError(String server) {
        return NETWORK_ERROR + "\n  " + server + "\nIts URL is the one your current session signed in to.\n"
                + "The session stays valid on that server until it expires.";
    }

    private void assertLoggedOut(CliRun r, String line) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals(line + "\n" + LOGGED_OUT + "\n", r.out());
        assertEquals("", r.err());
        assertFalse(world.credentialsExist(), "the local credentials are always deleted");
        assertEquals(0, world.sandbox.journal().countRequests(Sandbox.LOGOUT_PATH), "the retired endpoint is never called");
    }

    @Test
    void revokedIsConfirmedAndTheFamilyIsRevokedServerSide() {
        IssuedSession session = world.loggedIn();
        CliRun r = world.run("auth", "logout");
        assertLoggedOut(r, CONFIRMED);
        assertEquals(List.of("POST /oauth/revoke"), world.calls());
        assertRevokeShape(world.only("POST", Sandbox.REVOKE_PATH), session.refreshToken());
        assertTrue(world.sandbox.sessionOfToken(session.refreshToken()).orElseThrow().revoked());
    }

    @Test
    void anExpiredAccessTokenIsNotRefreshedFirst() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        assertLoggedOut(world.run("auth", "logout"), CONFIRMED);
        assertEquals(List.of("POST /oauth/revoke"), world.calls(), "revoke only: no refresh before logout");
        assertRevokeShape(world.only("POST", Sandbox.REVOKE_PATH), session.refreshToken());
    }

    @Test
    void revocationGoesToTheSessionsServerNotTheConfiguredOne() {
        IssuedSession session = world.loggedIn();
        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", SandboxHome.closedPortUrl()), "auth", "logout");
        assertLoggedOut(r, CONFIRMED);
        assertRevokeShape(world.only("POST", Sandbox.REVOKE_PATH), session.refreshToken());
    }

    static Stream<Arguments> serverFailures() {
        return Stream.of(
                Arguments.of("500", Fault.status(500)),
                Arguments.of("503", Fault.unavailable(1)),
                Arguments.of("502 HTML", Fault.body(502, "text/html", "<h1>Bad gateway</h1>")),
                Arguments.of("400 invalid_request", Fault.status(400, "{\"error\":\"invalid_request\"}")),
                Arguments.of("429 throttled", Fault.throttled(1)),
                Arguments.of("200 revoked false", Fault.revokedFalse()),
                Arguments.of("200 revoked \"true\" (a string)", Fault.status(200, "{\"revoked\":\"true\"}")),
                Arguments.of("200 empty object", Fault.status(200, "{}")),
                Arguments.of("200 non-JSON", Fault.nonJson()),
                Arguments.of("200 empty body", Fault.body(200, "application/json", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverFailures")
    void anythingButRevokedTrueIsServerFailureAndStillDeletes(String name, Fault fault) {
        IssuedSession session = world.loggedIn();
        world.sandbox.injectFault(Sandbox.REVOKE_PATH, fault);
        assertLoggedOut(world.run("auth", "logout"), SERVER_ERROR);
        assertRevokeShape(world.only("POST", Sandbox.REVOKE_PATH), session.refreshToken());
    }

    @Test
    void anUnusableProxyOrCaSettingIsAServerFailureAndStillDeletes() {
        for (String[] setting : new String[][] {{"HTTPS_PROXY", "notaurl::"}, {"SPEC_KITTY_CA_BUNDLE", "/nonexistent/ca.pem"}}) {
            world.loggedIn();
            assertLoggedOut(world.run(world.env(setting[0], setting[1]), "auth", "logout"), SERVER_ERROR);
        }
        assertEquals(List.of(), world.calls());
    }

    @Test
    void closedPortIsNetworkErrorAndStillDeletes() {
        String dead = SandboxHome.closedPortUrl();
        world.loggedIn(SandboxHome.atServer(dead));
        assertLoggedOut(world.run("auth", "logout"), networkError(dead));
        assertEquals(List.of(), world.calls());
    }

    @Test
    void droppedConnectionIsNetworkErrorSentOnceAndStillDeletes() {
        IssuedSession session = world.loggedIn();
        world.sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.dropBeforeProcessing());
        assertLoggedOut(world.run("auth", "logout"), networkError(world.sandbox.baseUrl()));
        RecordedRequest revoke = world.only("POST", Sandbox.REVOKE_PATH);
        assertTrue(revoke.dropped());
        assertRevokeShape(revoke, session.refreshToken());
    }

    @Test
    void noRefreshTokenMakesNoRequest() {
        world.loggedIn(SandboxHome::withoutRefreshToken);
        assertLoggedOut(world.run("auth", "logout"), NO_REFRESH_TOKEN);
        assertEquals(List.of(), world.calls(), "no request without a refresh token");
    }

    @Test
    void forceSkipsTheServer() {
        IssuedSession session = world.loggedIn();
        assertLoggedOut(world.run("auth", "logout", "--force"), FORCE);
        assertEquals(List.of(), world.calls(), "--force makes no request");
        assertTrue(world.sandbox.isCurrentRefreshToken(session.refreshToken()), "the server session is untouched");
    }

    @Test
    void forceWhenNotLoggedInSkipsNothing() {
        CliRun r = world.run("auth", "logout", "--force");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(NOT_LOGGED_IN, r.out(), "there was no revocation to skip");
        assertEquals(List.of(), world.calls());
    }

    @Test
    void forceWithAFileFromANewerVersionSaysOnlyThatItWasLeftAlone() {
        world.home.write("schema_version = 99\n[tokens]\naccess = \"x\"\n");
        CliRun r = world.run("auth", "logout", "--force");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("newer version"), r.err());
    }

    @Test
    void notLoggedIn() {
        CliRun r = world.run("auth", "logout");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(NOT_LOGGED_IN, r.out());
        assertEquals(List.of(), world.calls());
    }

    @Test
    void localDeleteFailureIsExitOneAfterTheRevocation() throws IOException {
        IssuedSession session = world.loggedIn();
        byte[] before = world.home.credentialBytes();
        Optional<Undeletable> undeletable = Undeletable.make(world.home.root());
        Assumptions.assumeTrue(undeletable.isPresent(),
                "neither mode 0500 nor chattr +i makes a delete fail here (root without CAP_LINUX_IMMUTABLE?)");
        CliRun r;
        try {
            r = world.run("auth", "logout");
        } finally {
            undeletable.get().close();
        }
        assertEquals(1, r.exit(), r.toString());
        assertEquals(CONFIRMED + "\n", r.out(), "the revocation line, and no 'Logged out.'");
        // What happened, the path on a line of its own so the user knows what to delete, then what
        // to do; the exception type (AccessDeniedException under mode 0500, FileSystemException
        // under chattr +i) only with --debug.
        assertTrue(r.err().startsWith("The local credentials could not be deleted:\n  "
                + world.home.credentials() + "\n"), r.err());
        assertTrue(r.err().contains("Delete the file by hand"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertArrayEquals(before, world.home.credentialBytes(), "the file is still there, unchanged");
        assertRevokeShape(world.only("POST", Sandbox.REVOKE_PATH), session.refreshToken());
        assertEquals(0, world.sandbox.journal().countRequests(Sandbox.LOGOUT_PATH));
    }

    @Test
    void unreadableFileIsSetAsideWithoutARequest() throws IOException {
        world.home.write("[tokens]\naccess = \"sbx_at_half-written");
        CliRun r = world.run("auth", "logout");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith("\n" + LOGGED_OUT + "\n"), r.out());
        assertFalse(world.credentialsExist());
        try (Stream<Path> files = Files.list(world.home.root())) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("credentials.corrupt-")).count());
        }
        assertEquals(List.of(), world.calls());
    }

    @Test
    void fileFromANewerVersionIsLeftAlone() {
        world.home.write("schema_version = 99\n[tokens]\naccess = \"x\"\n");
        byte[] before = world.home.credentialBytes();
        CliRun r = world.run("auth", "logout");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("newer version"), r.err());
        assertArrayEquals(before, world.home.credentialBytes());
        assertEquals(List.of(), world.calls());
    }
}
