package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.AuthorizeMode;
import ai.speckitty.auth.sandbox.Sandbox;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7 finding 4 end to end: when the sign-in page redirects back with an error, the browser
 * (curl, keeping what it got) shows a page saying what happened, and the terminal says what to do next.
 */
class BrowserCallbackOutcomesTest extends SandboxTestBase {

    /** Like {@link LoginTest#browser}, but the page and its status are kept in {@code dir}. */
    private static String recordingBrowser(Path dir) throws IOException {
        boolean curl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "curl")));
        Assumptions.assumeTrue(curl, "the test browser is curl");
        Path script = dir.resolve("recording-browser.sh");
        Files.writeString(script, "#!/bin/sh\n"
                + "(curl -s -L --noproxy '*' --max-time 10 -o '" + dir.resolve("page.html") + "' -w '%{http_code}' \"$1\""
                + " >'" + dir.resolve("status.tmp") + "' 2>/dev/null; echo \" exit=$?\" >>'" + dir.resolve("status.tmp") + "';"
                + " mv '" + dir.resolve("status.tmp") + "' '" + dir.resolve("status") + "') </dev/null >/dev/null 2>&1 &\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    /** curl's status line ("200 exit=0"), once it has finished. */
    private String browserStatus() throws IOException, InterruptedException {
        Path status = tmp.resolve("status");
        for (int i = 0; i < 100 && !Files.exists(status); i++) {
            Thread.sleep(100);
        }
        return Files.readString(status).strip();
    }

    static Stream<Arguments> errorRedirects() {
        return Stream.of(
                Arguments.of(AuthorizeMode.ACCESS_DENIED, "Login denied",
                        List.of("Sign-in was denied.\n", "Run `spec-kitty auth login` to try again.\n")),
                Arguments.of(AuthorizeMode.SERVER_ERROR, "Login failed", LoginTest.SERVER_FAILED),
                Arguments.of(AuthorizeMode.INVALID_SCOPE, "Login failed",
                        List.of("The server refused the sign-in request.\n",
                                "Check the server URL; if it is right, tell your administrator.\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorRedirects")
    void theBrowserGetsAPageAndTheTerminalTheNextStep(AuthorizeMode mode, String title, List<String> nextStep) throws Exception {
        world.sandbox.setAuthorizeMode(mode);

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(), "BROWSER", recordingBrowser(tmp)),
                "auth", "login");

        assertEquals(1, r.exit(), r.toString());
        LoginTest.assertErr(LoginTest.BROWSER_WAIT_IN_A_PIPE, nextStep, r);
        assertFalse(world.credentialsExist(), "nothing is stored");
        assertEquals(List.of(LoginTest.REACH, "GET /oauth/authorize"), world.calls());
        assertEquals("200 exit=0", browserStatus(), "the browser got a whole answer");
        String page = Files.readString(tmp.resolve("page.html"));
        assertTrue(page.contains("<title>spec-kitty: " + title + "</title>"), page);
        assertTrue(page.contains(mode.error()), page);
        assertTrue(page.contains("Return to the terminal"), page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorRedirects")
    void aFailedForcedLoginKeepsTheOldSessionAndSaysWhatToDo(AuthorizeMode mode, String title, List<String> nextStep)
            throws Exception {
        world.loggedIn();
        byte[] before = world.home.credentialBytes();
        world.sandbox.setAuthorizeMode(mode);

        CliRun r = world.run(world.env("BROWSER", recordingBrowser(tmp)), "auth", "login", "--force");

        assertEquals(1, r.exit(), r.toString());
        LoginTest.assertErr(LoginTest.BROWSER_WAIT_IN_A_PIPE, nextStep, r);
        assertArrayEquals(before, world.home.credentialBytes());
        assertEquals(List.of(LoginTest.REACH, "GET " + Sandbox.AUTHORIZE_PATH), world.calls());
        assertEquals("200 exit=0", browserStatus());
    }
}
