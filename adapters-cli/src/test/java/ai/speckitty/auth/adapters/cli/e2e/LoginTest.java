package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.sandbox.AuthorizeMode;
import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxUser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §4.6 end to end: the browser flow (the "browser" is curl following the sandbox's redirect
 * to the loopback callback) and the device flow against the sandbox, with the credentials file
 * written for real.
 */
class LoginTest extends SandboxTestBase {
    /** Not on a terminal the waiting indicator is this one line on stderr, nothing animated. */
    static final String SPINNER_IN_A_PIPE = "Waiting for you to sign in… (Ctrl-C to cancel)\n";
    /** The browser flow's waiting line: how to cancel, and the way to sign in with a code instead. */
    static final String BROWSER_WAIT_IN_A_PIPE =
            "Waiting for the browser sign-in… (Ctrl-C to cancel; `--headless` signs in with a code)\n";
    /** The check that the server answers, made before the browser opens. */
    static final String REACH = "GET /";
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    /**
     * A "browser" for BROWSER: a script that has curl follow the authorize redirect to the loopback
     * callback in the background and returns at once, as a real browser launcher does (the client
     * waits up to 2 s for a launcher that is still running).
     */
    static String browser(Path dir) {
        boolean curl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "curl")));
        Assumptions.assumeTrue(curl, "the test browser is curl");
        Path script = dir.resolve("browser.sh");
        try {
            Files.writeString(script, "#!/bin/sh\n"
                    + "curl -s -L -o /dev/null --noproxy '*' --max-time 10 \"$1\" </dev/null >/dev/null 2>&1 &\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script.toString();
    }

    /** The environment of a user with a browser, pointed at the sandbox. */
    private Map<String, String> browserEnv() {
        return world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(), "BROWSER", browser(tmp));
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertStoredLogin(AuthMethod method) throws IOException {
        StoredSession stored = world.requireOnDisk();
        String refresh = stored.tokens().refresh().orElseThrow().value();
        assertTrue(world.sandbox.isCurrentRefreshToken(refresh), "the stored refresh token is the sandbox's current one");
        assertEquals(world.sandbox.sessionOfToken(refresh).orElseThrow().sessionId(), stored.info().id().orElseThrow());
        assertEquals(world.sandbox.baseUrl(), stored.server().orElseThrow().value());
        assertEquals("ada@example.com", stored.user().email().orElseThrow());
        String file = Files.readString(world.home.credentials());
        assertTrue(file.contains("auth_method = \"" + method.wireName() + "\""), file);
        assertTrue(file.contains("schema_version = 1"), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(world.home.credentials())));
        RecordedRequest me = world.only("GET", Sandbox.ME_PATH);
        assertEquals(stored.tokens().access().value(), me.bearerToken(), "/me is called with the new access token");
    }

    private static void assertAuthenticated(String stdoutTail) {
        assertTrue(stdoutTail.endsWith("Authenticated as ada@example.com\nDefault team: Ada's space\n"),
                "the default team is the first private teamspace (listed second):\n" + stdoutTail);
    }

    @Test
    void browserLoginWithPkce() throws IOException {
        CliRun r = world.run(browserEnv(), "auth", "login");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(REACH, "GET /oauth/authorize", "POST /oauth/token", "GET /api/v1/me"), world.calls());

        RecordedRequest authorize = world.only("GET", Sandbox.AUTHORIZE_PATH);
        assertEquals("Opening your browser to sign in. If it does not open, visit:\n  "
                + world.sandbox.url(Sandbox.AUTHORIZE_PATH) + "?" + authorize.rawQuery() + "\n"
                + "Authenticated as ada@example.com\nDefault team: Ada's space\n", r.out(), "the URL is printed too");
        assertEquals(BROWSER_WAIT_IN_A_PIPE, r.err());
        assertEquals("cli_native", authorize.queryValue("client_id"));
        assertEquals("code", authorize.queryValue("response_type"));
        assertEquals("offline_access", authorize.queryValue("scope"));
        assertEquals("S256", authorize.queryValue("code_challenge_method"));
        String redirectUri = authorize.queryValue("redirect_uri");
        assertTrue(redirectUri.matches("http://127\\.0\\.0\\.1:\\d+/callback"), redirectUri);
        assertTrue(authorize.queryValue("state").length() >= 16, "a random state");

        RecordedRequest exchange = world.only("POST", Sandbox.TOKEN_PATH);
        String verifier = exchange.formValue("code_verifier");
        assertTrue(verifier.matches("[A-Za-z0-9_-]{43}"), "32 random bytes in base64url: 43 characters");
        assertEquals(s256(verifier), authorize.queryValue("code_challenge"), "the challenge is S256 of the verifier");
        assertEquals(List.of("client_id", "code", "code_verifier", "grant_type", "redirect_uri"),
                exchange.form().keySet().stream().sorted().toList());
        assertEquals("authorization_code", exchange.formValue("grant_type"));
        assertEquals(redirectUri, exchange.formValue("redirect_uri"), "redirect_uri exactly as sent");
        assertEquals("cli_native", exchange.formValue("client_id"));
        assertTrue(exchange.formValue("code").startsWith("sbx_ac_"));
        assertFalse(exchange.hasHeader("Authorization"));

        assertStoredLogin(AuthMethod.AUTHORIZATION_CODE);
    }

    @Test
    void serverFromConfigToml() throws IOException {
        world.home.config("[sync]\nserver_url = \"" + world.sandbox.baseUrl() + "/\"\n");
        CliRun r = world.run(world.env("BROWSER", browser(tmp)), "auth", "login");
        assertEquals(0, r.exit(), r.toString());
        assertAuthenticated(r.out());
        assertStoredLogin(AuthMethod.AUTHORIZATION_CODE);
    }

    @Test
    void headlessLoginByDeviceFlow() throws IOException {
        CliRun r = world.run(browserEnv(), "auth", "login", "--headless");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("POST /oauth/device", "POST /oauth/token", "GET /api/v1/me"), world.calls(),
                "--headless wins over an available browser");
        String base = world.sandbox.baseUrl();
        assertTrue(r.out().matches("Visit: " + base + "/device\n"
                + "Code: ([B-Z]{4})-([B-Z]{4})\n"
                + "Or open: " + base + "/device\\?user_code=\\1\\2\n"
                + "Authenticated as ada@example\\.com\nDefault team: Ada's space\n"), r.out());
        assertEquals(SPINNER_IN_A_PIPE, r.err());

        RecordedRequest device = world.only("POST", Sandbox.DEVICE_PATH);
        assertEquals(Map.of("client_id", List.of("cli_native"), "scope", List.of("offline_access")), device.form());
        RecordedRequest poll = world.only("POST", Sandbox.TOKEN_PATH);
        assertEquals(List.of("client_id", "device_code", "grant_type"), poll.form().keySet().stream().sorted().toList());
        assertEquals(DEVICE_GRANT, poll.formValue("grant_type"));
        assertTrue(poll.formValue("device_code").startsWith("sbx_dc_"));
        assertStoredLogin(AuthMethod.DEVICE_CODE);
    }

    @Test
    void overSshWithoutBrowserTheDeviceFlowIsChosen() throws IOException {
        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(),
                "SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22", "DISPLAY", ":0"), "auth", "login");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("No browser can be opened here (SSH session); signing in with a code instead.\n"
                + SPINNER_IN_A_PIPE, r.err(), "why the device flow, in one line, before the wait");
        assertEquals(List.of("POST /oauth/device", "POST /oauth/token", "GET /api/v1/me"), world.calls());
        assertAuthenticated(r.out());
        assertStoredLogin(AuthMethod.DEVICE_CODE);
    }

    @Test
    void alreadyLoggedInMakesNoRequest() {
        world.loggedIn();
        byte[] before = world.home.credentialBytes();
        CliRun r = world.run(browserEnv(), "auth", "login");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Already logged in as ada@example.com\n"), r.out());
        assertEquals(List.of(), world.calls());
        assertArrayEquals(before, world.home.credentialBytes());
    }

    @Test
    void aSessionWhoseRefreshTokenExpiredIsNotAuthenticatedSoLoginProceeds() throws IOException {
        IssuedSession old = world.loggedIn(SandboxHome::refreshExpired);
        CliRun r = world.run(browserEnv(), "auth", "login");
        assertEquals(0, r.exit(), r.toString());
        assertAuthenticated(r.out());
        assertEquals(List.of(REACH, "GET /oauth/authorize", "POST /oauth/token", "GET /api/v1/me", "POST /oauth/revoke"), world.calls());
        LogoutTest.assertRevokeShape(world.only("POST", Sandbox.REVOKE_PATH), old.refreshToken());
        assertStoredLogin(AuthMethod.AUTHORIZATION_CODE);
    }

    @Test
    void forceReplacesTheSessionAndRevokesTheOldRefreshToken() throws IOException {
        IssuedSession old = world.loggedIn();
        // No SPEC_KITTY_SAAS_URL: --force re-authenticates against the session's own server (SPEC §4.1).
        CliRun r = world.run(world.env("BROWSER", browser(tmp)), "auth", "login", "--force");
        assertEquals(0, r.exit(), r.toString());
        assertAuthenticated(r.out());
        assertFalse(r.both().toLowerCase().contains("revo"), "the old token is revoked silently:\n" + r);
        assertEquals(List.of(REACH, "GET /oauth/authorize", "POST /oauth/token", "GET /api/v1/me", "POST /oauth/revoke"), world.calls(),
                "revoked only after the new session is stored");
        LogoutTest.assertRevokeShape(world.only("POST", Sandbox.REVOKE_PATH), old.refreshToken());
        assertTrue(world.sandbox.session(old.sessionId()).orElseThrow().revoked(), "the old family is revoked");
        StoredSession stored = world.requireOnDisk();
        assertNotEquals(old.sessionId(), stored.info().id().orElseThrow());
        assertStoredLogin(AuthMethod.AUTHORIZATION_CODE);
    }

    /** What a failed sign-in says when the server failed: what happened, then the way out. */
    static final List<String> SERVER_FAILED = List.of("The server failed during sign-in.\n",
            "Try again in a few minutes, or run `spec-kitty auth login --headless`.\n");

    /** stderr starts with the waiting line and holds each of the message's lines. */
    static void assertErr(String wait, List<String> message, CliRun r) {
        assertTrue(r.err().startsWith(wait), r.toString());
        for (String line : message) {
            assertTrue(r.err().contains(line), "says \"" + line.strip() + "\":\n" + r);
        }
    }

    static Stream<Arguments> failedLogins() {
        return Stream.of(
                Arguments.of("denied in the browser", (Consumer<Sandbox>) s -> s.setAuthorizeMode(AuthorizeMode.ACCESS_DENIED),
                        List.of("Sign-in was denied.\n", "Run `spec-kitty auth login` to try again.\n"), List.of(REACH, "GET /oauth/authorize")),
                Arguments.of("code exchange 503", (Consumer<Sandbox>) s -> s.injectFault(Sandbox.TOKEN_PATH, Fault.status(503)),
                        SERVER_FAILED, List.of(REACH, "GET /oauth/authorize", "POST /oauth/token")),
                Arguments.of("/me 500", (Consumer<Sandbox>) s -> s.injectFault(Sandbox.ME_PATH, Fault.status(500)),
                        SERVER_FAILED,
                        List.of(REACH, "GET /oauth/authorize", "POST /oauth/token", "GET /api/v1/me")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedLogins")
    void aFailedForcedLoginKeepsTheOldSession(String name, Consumer<Sandbox> failure, List<String> message, List<String> calls) {
        IssuedSession old = world.loggedIn();
        byte[] before = world.home.credentialBytes();
        failure.accept(world.sandbox);
        CliRun r = world.run(world.env("BROWSER", browser(tmp)), "auth", "login", "--force");
        assertEquals(1, r.exit(), r.toString());
        assertErr(BROWSER_WAIT_IN_A_PIPE, message, r);
        assertFalse(r.both().contains("debug:"), "no technical detail without --debug:\n" + r);
        assertArrayEquals(before, world.home.credentialBytes(), "--force never leaves the user logged out");
        assertEquals(calls, world.calls(), "and the old session is not revoked");
        assertTrue(world.sandbox.isCurrentRefreshToken(old.refreshToken()));
    }

    @Test
    void aDeniedDeviceLoginKeepsTheOldSession() {
        world.loggedIn();
        byte[] before = world.home.credentialBytes();
        world.sandbox.setDeviceMode(DeviceMode.DENY);
        CliRun r = world.run("auth", "login", "--headless", "--force");
        assertEquals(1, r.exit(), r.toString());
        assertErr(SPINNER_IN_A_PIPE, List.of("Sign-in was denied.\n", "Run `spec-kitty auth login` to try again.\n"), r);
        assertArrayEquals(before, world.home.credentialBytes());
        assertEquals(List.of("POST /oauth/device", "POST /oauth/token"), world.calls());
    }

    @Test
    void userWithoutTeamsIsRefused() {
        world.sandbox.setUser(SandboxUser.ada().teams(List.of()));
        CliRun r = world.run(browserEnv(), "auth", "login");
        assertEquals(1, r.exit(), r.toString());
        assertErr(BROWSER_WAIT_IN_A_PIPE, List.of("Your account is not a member of any team.\n",
                "Ask your administrator to add you to a team"), r);
        assertFalse(r.out().contains("Authenticated"), r.out());
        assertFalse(world.credentialsExist(), "nothing is stored");
    }

    @Test
    void noServerConfigured() {
        CliRun r = world.run(world.env("BROWSER", browser(tmp)), "auth", "login");
        assertEquals(1, r.exit(), r.toString());
        String err = r.err();
        assertTrue(err.startsWith("No spec-kitty server is configured."), err);
        assertTrue(err.contains("SPEC_KITTY_SAAS_URL"), "the variable to set: " + err);
        assertTrue(err.contains("\n  " + world.home.root().resolve("config.toml") + "\n"), "the file, on its own line: " + err);
        assertTrue(err.contains("\n  [sync]\n  server_url = \"https://...\"\n"), "what to write in it: " + err);
        assertEquals("", r.out());
        assertEquals(List.of(), world.calls());
        assertFalse(world.credentialsExist());
    }
}
