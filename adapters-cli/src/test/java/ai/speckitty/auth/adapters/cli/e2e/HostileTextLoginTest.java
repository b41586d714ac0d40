package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.cli.render.ForeignChars;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxTeam;
import ai.speckitty.auth.sandbox.SandboxUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7 finding 5 from the server's side: /me values and OAuth error codes holding an OSC title
 * sequence, BEL, a C1 CSI and a bidi override reach the terminal escaped, with and without --debug.
 */
class HostileTextLoginTest extends SandboxTestBase {
    static final String HOSTILE = "\u001b]0;pwned\u0007\u009b31m\u202e\r";
    static final String ESCAPED = "\\x1b]0;pwned\\x07\\x9b31m\\u202e\\x0d";
    /** {@link #HOSTILE}, percent-encoded in UTF-8 for a query string. */
    static final String ERROR_QUERY = "%1b%5d0%3bpwned%07%c2%9b31m%e2%80%ae%0d";

    private Map<String, String> env() {
        return world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl());
    }

    private void debug(boolean debug) {
        if (debug) {
            world.debug();
        }
    }

    private static void assertClean(CliRun run) {
        ForeignChars.assertNoRaw("stdout", run.out(), false);
        ForeignChars.assertNoRaw("stderr", run.err(), false);
    }

    /** An OAuth error answer whose error code and description are hostile (JSON-escaped as a server would). */
    private static String oauthError() {
        String json = "\\u001b]0;pwned\\u0007\u009b31m\u202e\\r";
        return "{\"error\":\"" + json + "\",\"error_description\":\"" + json + "\"}";
    }

    @ParameterizedTest(name = "debug={0}")
    @ValueSource(booleans = {false, true})
    void hostileIdentityFromMeIsShownEscapedAtLoginAndAfter(boolean debug) {
        debug(debug);
        world.sandbox.setUser(new SandboxUser("u_ada", "ada" + HOSTILE + "@example.com", "Ada" + HOSTILE,
                List.of(SandboxTeam.privateTeamspace("t_ada", "Team" + HOSTILE))));
        CliRun login = world.run(env(), "auth", "login", "--headless");
        assertEquals(0, login.exit(), login.toString());
        assertClean(login);
        assertTrue(login.out().contains("Authenticated as ada" + ESCAPED + "@example.com\n"), login.out());
        assertTrue(login.out().contains("Default team: Team" + ESCAPED + "\n"), login.out());

        CliRun status = world.run(env(), "auth", "status");
        assertClean(status);
        assertTrue(status.out().contains("Authenticated as ada" + ESCAPED + "@example.com (Ada" + ESCAPED + ")"), status.out());

        CliRun json = world.run(env(), "auth", "status", "--json");
        assertClean(json);
        Map<String, Object> doc = StrictJson.object(json.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) doc.get("user");
        assertEquals("Ada" + HOSTILE, user.get("name"), "JSON carries the value itself, escaped the JSON way");

        for (String[] command : List.of(new String[] {"auth", "whoami"}, new String[] {"auth", "doctor", "--server"},
                new String[] {"auth", "doctor", "--server", "--json"}, new String[] {"auth", "logout"})) {
            CliRun run = world.run(env(), command);
            assertClean(run);
        }
    }

    @ParameterizedTest(name = "debug={0}")
    @ValueSource(booleans = {false, true})
    void aRefusedDeviceAuthorizationNeverEchoesAHostileErrorName(boolean debug) {
        debug(debug);
        world.sandbox.injectFault(Sandbox.DEVICE_PATH, Fault.status(400, oauthError()));
        CliRun run = world.run(env(), "auth", "login", "--headless");
        assertEquals(1, run.exit(), run.toString());
        assertClean(run);
        assertTrue(run.err().contains("The server failed during sign-in.\n"), run.err());
        assertEquals(debug, run.err().contains("debug: HTTP 400\n"), "the status only with --debug: " + run.err());
        assertFalse(run.both().contains("pwned"), "an error name outside the contract is not echoed: " + run);
    }

    @ParameterizedTest(name = "debug={0}")
    @ValueSource(booleans = {false, true})
    void aHostileAnswerWhilePollingIsNeverEchoed(boolean debug) {
        debug(debug);
        world.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(400, oauthError()));
        CliRun run = world.run(env(), "auth", "login", "--headless");
        assertClean(run);
        assertFalse(run.both().contains("pwned"), run.toString());
    }

    @ParameterizedTest(name = "debug={0}")
    @ValueSource(booleans = {false, true})
    void aHostileVerificationUriIsRefusedWithoutBeingShown(boolean debug) {
        debug(debug);
        String uri = "https://verify.example/\\u001b]0;pwned\\u0007\u202e";
        world.sandbox.injectFault(Sandbox.DEVICE_PATH, Fault.body(200, "application/json",
                "{\"device_code\":\"dc_hostile\",\"user_code\":\"ABCD-EFGH\",\"verification_uri\":\"" + uri
                        + "\",\"verification_uri_complete\":\"" + uri + "?c=1\",\"expires_in\":600,\"interval\":1}"));
        CliRun run = world.run(env(), "auth", "login", "--headless");
        assertEquals(1, run.exit(), run.toString());
        assertClean(run);
        assertTrue(run.err().contains("The server failed during sign-in.\n"), run.toString());
        assertEquals(debug, run.err().contains("verification_uri"), "names the field with --debug only: " + run);
        assertFalse(run.both().contains("pwned"), run.toString());
    }

    /**
     * The browser flow's callback carries the server's {@code error} to the terminal: a "browser"
     * that answers the loopback callback itself with a hostile error and the right state.
     */
    @ParameterizedTest(name = "debug={0}")
    @ValueSource(booleans = {false, true})
    void aHostileErrorOnTheCallbackIsShownEscaped(boolean debug) throws IOException {
        debug(debug);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        LoginTest.browser(tmp); // skips the test when there is no curl
        Path script = tmp.resolve("hostile-browser.sh");
        Files.writeString(script, "#!/bin/sh\n"
                + "redirect=$(printf '%s' \"$1\" | sed -n 's/.*[?&]redirect_uri=\\([^&]*\\).*/\\1/p' | sed 's/%3A/:/g; s/%2F/\\//g')\n"
                + "state=$(printf '%s' \"$1\" | sed -n 's/.*[?&]state=\\([^&]*\\).*/\\1/p')\n"
                + "curl -s -o /dev/null --noproxy '*' --max-time 10 \"$redirect?error=" + ERROR_QUERY
                + "&error_description=" + ERROR_QUERY + "&state=$state\" </dev/null >/dev/null 2>&1 &\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        CliRun run = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(), "BROWSER", script.toString()),
                "auth", "login");
        assertEquals(1, run.exit(), run.toString());
        assertClean(run);
        assertTrue(run.err().contains("The server refused the sign-in request.\n"), run.toString());
        assertEquals(debug, run.err().contains("debug: OAuth error " + ESCAPED + "\n"),
                "the server's error, escaped, with --debug only: " + run);
    }
}
