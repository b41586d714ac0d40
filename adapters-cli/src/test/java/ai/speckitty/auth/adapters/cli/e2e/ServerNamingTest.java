package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, message item 1, through {@code Main.run} against the sandbox: a network failure of
 * token, logout, doctor --server and sync status --check names the server and where its URL came
 * from; with another server configured, token and sync say so and point to {@code auth login}
 * instead of advising a retry that cannot help.
 */
class ServerNamingTest extends SandboxTestBase {
    private static final String ELSEWHERE = "https://elsewhere.example";
    private static final String FROM_SESSION = "\nIts URL is the one your current session signed in to.\n";
    private static final String FROM_ENV = "\nIts URL comes from SPEC_KITTY_SAAS_URL.\n";
    private static final String RETRY = "Try again in a moment.";

    private String configFile() {
        return world.home.root().resolve("config.toml").toString();
    }

    @Test
    void tokenNamesTheSessionsServerWhenTheRefreshIsDropped() {
        world.loggedIn(SandboxHome::accessExpired);
        world.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropBeforeProcessing());

        CliRun r = world.run("auth", "token");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("\n  " + world.sandbox.baseUrl() + FROM_SESSION), r.err());
        assertTrue(r.err().contains(RETRY), r.err());
    }

    @Test
    void tokenNamesConfigTomlAndItsPathWhenTheSessionRecordsNoServer() {
        world.home.config("[sync]\nserver_url = \"" + SandboxHome.closedPortUrl() + "\"\n");
        world.loggedIn(s -> SandboxHome.withoutServer(SandboxHome.accessExpired(s)));

        CliRun r = world.run("auth", "token");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("Its URL comes from [sync].server_url in\n  " + configFile() + "\n"), r.err());
    }

    @Test
    void tokenWithAnotherServerConfiguredPointsToLoginNotToARetry() {
        world.loggedIn(SandboxHome::accessExpired);
        world.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropBeforeProcessing());

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", ELSEWHERE), "auth", "token");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("\n  " + world.sandbox.baseUrl() + FROM_SESSION), "the server asked: " + r.err());
        assertTrue(r.err().contains("SPEC_KITTY_SAAS_URL names another server:\n  " + ELSEWHERE + "\n"), r.err());
        assertTrue(r.err().contains("Run `spec-kitty auth login` to sign in to it, or fix SPEC_KITTY_SAAS_URL."), r.err());
        assertFalse(r.err().contains("Try again"), "a retry cannot help: " + r.err());
        assertEquals(List.of("POST /oauth/token"), world.calls(), "the refresh still went to the session's server only");
    }

    @Test
    void logoutNamesTheServerThatDidNotAnswer() {
        String dead = SandboxHome.closedPortUrl();
        world.loggedIn(SandboxHome.atServer(dead));

        CliRun r = world.run("auth", "logout");

        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("(network error); the local credentials are deleted anyway.\n  " + dead + FROM_SESSION),
                r.out());
        assertFalse(java.nio.file.Files.exists(world.home.credentials()), "deleted anyway");
    }

    @Test
    void doctorServerNamesTheServerAndThatItsUrlCameFromTheEnvironment() {
        String dead = SandboxHome.closedPortUrl();
        world.loggedIn(SandboxHome::withoutServer);

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", dead), "auth", "doctor", "--server");

        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Check failed: The server could not be asked: the server refused the connection.\n"
                + "    " + dead + "\n  Its URL comes from SPEC_KITTY_SAAS_URL.\n"), r.out());
    }

    @Test
    void syncUnreachableSaysWhereTheServerUrlCameFrom() {
        String dead = SandboxHome.closedPortUrl();
        world.loggedIn(SandboxHome.atServer(dead));

        CliRun r = world.run(world.env("SPEC_KITTY_ENABLE_SAAS_SYNC", "1"), "sync", "status", "--check");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Sync: Server unreachable\nServer: " + dead + "\n"), r.out());
        assertTrue(r.out().contains(FROM_SESSION), r.out());
    }

    @Test
    void syncUnavailableSaysWhereTheServerUrlCameFrom() {
        world.loggedIn(SandboxHome::withoutServer);
        world.sandbox.injectFault(Sandbox.SYNC_HEALTH_PATH, Fault.status(503));

        CliRun r = world.run(world.env("SPEC_KITTY_ENABLE_SAAS_SYNC", "1", "SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl()),
                "sync", "status", "--check");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("Server: " + world.sandbox.baseUrl() + "\n"), r.out());
        assertTrue(r.out().contains(FROM_ENV), r.out());
    }

    @Test
    void syncWithAnotherServerConfiguredNamesItAndPointsToLogin() {
        world.home.config("[sync]\nserver_url = \"" + ELSEWHERE + "\"\n");
        world.loggedIn();

        CliRun r = world.run(world.env("SPEC_KITTY_ENABLE_SAAS_SYNC", "1"), "sync", "status", "--check");

        assertEquals(4, r.exit(), r.toString());
        assertTrue(r.out().contains("Server: " + world.sandbox.baseUrl() + "\n"), "the session's: " + r.out());
        assertTrue(r.out().contains("[sync].server_url in config.toml names another server:\n  " + ELSEWHERE + "\n"), r.out());
        assertTrue(r.out().contains("Run `spec-kitty auth login` to sign in to it"), r.out());
        assertFalse(r.out().contains("Try again"), r.out());
        assertEquals(List.of(), world.calls(), "no token is sent to either server");
    }
}
