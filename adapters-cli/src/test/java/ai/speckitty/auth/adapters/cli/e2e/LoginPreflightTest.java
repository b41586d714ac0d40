package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What `auth login` checks before anything starts (issue 8): the server must answer one short
 * request before a browser opens, the state directory must be able to hold the session, and a
 * device flow chosen for the user says why.
 */
class LoginPreflightTest extends SandboxTestBase {
    private static final String CHECK = "Check the URL and your network, then run `spec-kitty auth login` again.\n";

    /** A BROWSER that only leaves a mark, so a test can tell whether a browser was ever opened. */
    private String markingBrowser() throws IOException {
        Path script = tmp.resolve("browser.sh");
        Files.writeString(script, "#!/bin/sh\ntouch '" + tmp.resolve("browser-opened") + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private boolean browserOpened() {
        return Files.exists(tmp.resolve("browser-opened"));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Test
    void aDeadServerFailsAtOnceNamingTheServerAndItsSource() throws IOException {
        String dead = SandboxHome.closedPortUrl();
        long start = System.nanoTime();

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", dead, "BROWSER", markingBrowser()), "auth", "login");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(since(start).compareTo(Duration.ofSeconds(3)) < 0, "a dead server costs a second at most: " + since(start));
        assertEquals("Login failed: the server did not answer (connection refused):\n  " + dead + "\n"
                + "Its URL comes from SPEC_KITTY_SAAS_URL.\n" + CHECK, r.err());
        assertEquals("", r.out(), "no URL printed: it would lead nowhere");
        assertFalse(browserOpened(), "no browser was opened");
        assertFalse(world.credentialsExist());
    }

    @Test
    void aSilentServerCostsThreeSecondsNotTheBrowserWait() throws IOException {
        world.sandbox.injectFault("/", Fault.slow(Duration.ofSeconds(10)));
        long start = System.nanoTime();

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(), "BROWSER", markingBrowser()),
                "auth", "login");

        Duration took = since(start);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(took.compareTo(Duration.ofMillis(2_900)) >= 0 && took.compareTo(Duration.ofSeconds(6)) < 0,
                "the check's own 3 s deadline: " + took);
        assertEquals("Login failed: the server did not answer (no answer within 3 s):\n  " + world.sandbox.baseUrl() + "\n"
                + "Its URL comes from SPEC_KITTY_SAAS_URL.\n" + CHECK, r.err());
        assertEquals(List.of(LoginTest.REACH), world.calls(), "nothing else was asked of the server");
        assertFalse(browserOpened());
    }

    @Test
    void aDeadServerFromConfigTomlShowsThatFileOnALineOfItsOwn() throws IOException {
        String dead = SandboxHome.closedPortUrl();
        world.home.config("[sync]\nserver_url = \"" + dead + "\"\n");

        CliRun r = world.run(world.env("BROWSER", markingBrowser()), "auth", "login");

        assertEquals(1, r.exit(), r.toString());
        assertEquals("Login failed: the server did not answer (connection refused):\n  " + dead + "\n"
                + "Its URL comes from [sync].server_url in\n  " + world.home.root().resolve("config.toml") + "\n" + CHECK,
                r.err());
    }

    @Test
    void aForcedLoginToADeadSessionServerKeepsTheSessionAndSaysWhereTheUrlCameFrom() throws IOException {
        String dead = SandboxHome.closedPortUrl();
        world.loggedIn(SandboxHome.atServer(dead));
        byte[] before = world.home.credentialBytes();

        CliRun r = world.run(world.env("BROWSER", markingBrowser()), "auth", "login", "--force");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("\nIts URL is the one your current session signed in to.\n"), r.err());
        assertArrayEquals(before, world.home.credentialBytes());
        assertFalse(browserOpened());
    }

    @Test
    void withoutADisplayTheDeviceFlowSaysSo() {
        Assumptions.assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "DISPLAY matters on Linux only");
        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl()), "auth", "login");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("No browser can be opened here (no DISPLAY or WAYLAND_DISPLAY); signing in with a code instead.\n"
                + LoginTest.SPINNER_IN_A_PIPE, r.err());
        assertEquals(List.of("POST /oauth/device", "POST /oauth/token", "GET /api/v1/me"), world.calls(),
                "the device flow's first request is its own check");
    }

    @Test
    void headlessByChoiceNeedsNoExplanation() {
        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(), "SSH_TTY", "/dev/pts/1"),
                "auth", "login", "--headless");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(LoginTest.SPINNER_IN_A_PIPE, r.err());
    }

    @Test
    void aFileWhereTheStateDirectoryShouldBeStopsTheLoginBeforeAnyRequest() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-home"), "mine");

        CliRun r = world.run(world.env("SPEC_KITTY_HOME", file.toString(), "SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(),
                "BROWSER", markingBrowser()), "auth", "login");

        assertEquals(1, r.exit(), r.toString());
        assertEquals("Cannot sign in: the state directory is a file, not a directory:\n  " + file + "\n"
                + "Move it away, or set SPEC_KITTY_HOME to a directory you can write. No sign-in was started.\n", r.err());
        assertEquals("", r.out());
        assertEquals(List.of(), world.calls(), "no request: nobody approves a login that cannot be stored");
        assertFalse(browserOpened());
        assertEquals("mine", Files.readString(file), "left as it was");
    }

    @Test
    void aFileOnTheWayToTheStateDirectoryIsNamedForTheDeviceFlowToo() throws IOException {
        Path file = Files.writeString(tmp.resolve("blocker"), "mine");
        Path home = file.resolve("spec-kitty");

        CliRun r = world.run(Map.of("SPEC_KITTY_HOME", home.toString(), "SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl()),
                "auth", "login", "--headless");

        assertEquals(1, r.exit(), r.toString());
        assertEquals("Cannot sign in: the state directory cannot be created:\n  " + home + "\n"
                + "because a file is in the way:\n  " + file + "\n"
                + "Move it away, or set SPEC_KITTY_HOME to a directory you can write. No sign-in was started.\n", r.err());
        assertEquals(List.of(), world.calls(), "no device code was requested");
    }

    @Test
    void aMissingStateDirectoryIsCreatedByTheLoginAsBefore() throws IOException {
        Path home = tmp.resolve("fresh").resolve("home");

        CliRun r = world.run(Map.of("SPEC_KITTY_HOME", home.toString(), "SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl()),
                "auth", "login", "--headless");

        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.isRegularFile(home.resolve("credentials")), "the session was stored there");
    }
}
