package ai.speckitty.auth.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §4.6 "opening the browser": when one can be opened, which command runs, and what counts as launched. */
@Timeout(30)
class SystemBrowserTest {
    private static final String URL = "https://auth.example.test/oauth/authorize?client_id=cli_native&state=a%20b&x=1";

    @TempDir
    Path dir;

    /** {@code "A=1;B=2"} to an environment; an empty string is an empty environment. */
    private static Map<String, String> env(String pairs) {
        Map<String, String> env = new HashMap<>();
        if (pairs != null && !pairs.isEmpty()) {
            for (String pair : pairs.split(";")) {
                String[] nameValue = pair.split("=", 2);
                env.put(nameValue[0], nameValue[1]);
            }
        }
        return env;
    }

    @ParameterizedTest(name = "[{0}] on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "                                    | Linux      | false",
        "DISPLAY=:0                          | Linux      | true",
        "WAYLAND_DISPLAY=wayland-0           | Linux      | true",
        "DISPLAY=                            | Linux      | false",
        "DISPLAY=:0;SSH_CONNECTION=10.0.0.1 5 10.0.0.2 22 | Linux | false",
        "DISPLAY=:0;SSH_CLIENT=10.0.0.1 5 22 | Linux      | false",
        "WAYLAND_DISPLAY=w;SSH_TTY=/dev/pts/3 | Linux     | false",
        "BROWSER=lynx                        | Linux      | true",
        "BROWSER=lynx;SSH_CONNECTION=x       | Linux      | true",
        "BROWSER= ;SSH_TTY=/dev/pts/3;DISPLAY=:0 | Linux  | false",
        "                                    | Mac OS X   | true",
        "SSH_TTY=/dev/ttys001                | Mac OS X   | false",
        "BROWSER=open -a Safari;SSH_TTY=x    | Mac OS X   | true",
        "                                    | Windows 11 | true",
        "SSH_CLIENT=10.0.0.1 5 22            | Windows 11 | false",
        "                                    | FreeBSD    | true",
    })
    void availability(String pairs, String osName, boolean expected) {
        assertEquals(expected, new SystemBrowser(env(pairs), osName).available());
    }

    @ParameterizedTest(name = "[{0}] on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "                                    | Linux      | NO_DISPLAY",
        "DISPLAY=                            | Linux      | NO_DISPLAY",
        "DISPLAY=:0;SSH_CONNECTION=10.0.0.1 5 10.0.0.2 22 | Linux | SSH_SESSION",
        "SSH_CLIENT=10.0.0.1 5 22            | Linux      | SSH_SESSION",
        "SSH_TTY=/dev/ttys001                | Mac OS X   | SSH_SESSION",
        "SSH_CLIENT=10.0.0.1 5 22            | Windows 11 | SSH_SESSION",
        "DISPLAY=:0                          | Linux      | ",
        "BROWSER=lynx;SSH_CONNECTION=x       | Linux      | ",
        "                                    | Mac OS X   | ",
    })
    void theReasonNoBrowserCanBeOpenedIsTheOneThatDecided(String pairs, String osName, Browser.Unavailable expected) {
        assertEquals(Optional.ofNullable(expected), new SystemBrowser(env(pairs), osName).whyUnavailable());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Linux      | xdg-open",
        "FreeBSD    | xdg-open",
        "Mac OS X   | open",
        "Windows 10 | rundll32 url.dll,FileProtocolHandler",
    })
    void withoutBrowserThePlatformOpenerGetsTheUrl(String osName, String opener) {
        List<String> expected = new java.util.ArrayList<>(Arrays.asList(opener.split(" ")));
        expected.add(URL);

        assertEquals(expected, new SystemBrowser(Map.of("DISPLAY", ":0"), osName).command(URL));
    }

    /** A stand-in browser that writes each argument it received on its own line, then exits with {@code status}. */
    private Path recordingBrowser(String name, int status) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n"
                + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + dir.resolve(name + ".args") + "'\n"
                + "exit " + status + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private List<String> argsReceivedBy(Path script) throws IOException {
        return Files.readAllLines(dir.resolve(script.getFileName() + ".args"), StandardCharsets.UTF_8);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void browserWithoutPercentSGetsTheUrlAsItsOneArgument() throws IOException {
        Path script = recordingBrowser("browser.sh", 0);

        boolean opened = new SystemBrowser(Map.of("BROWSER", script.toString()), "Linux").open(URL);

        assertTrue(opened);
        assertEquals(List.of(URL), argsReceivedBy(script));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void browserWithPercentSGetsTheUrlInItsPlaceAndKeepsTheOtherWords() throws IOException {
        Path script = recordingBrowser("browser.sh", 0);

        boolean opened = new SystemBrowser(Map.of("BROWSER", "  " + script + "  --new-window\t--target=%s! last  "), "Linux")
                .open(URL);

        assertTrue(opened);
        assertEquals(List.of("--new-window", "--target=" + URL + "!", "last"), argsReceivedBy(script));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void noShellIsInvolvedSoShellSyntaxInTheUrlArrivesVerbatim() throws IOException {
        Path script = recordingBrowser("browser.sh", 0);
        String hostile = "https://x.test/?a=1&b=$(touch " + dir.resolve("pwned") + ");`id`|cat>" + dir.resolve("pwned2");

        new SystemBrowser(Map.of("BROWSER", script.toString()), "Linux").open(hostile);

        assertEquals(List.of(hostile), argsReceivedBy(script));
        assertFalse(Files.exists(dir.resolve("pwned")));
        assertFalse(Files.exists(dir.resolve("pwned2")));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBrowserThatExitsNonZeroWasNotOpened() throws IOException {
        Path script = recordingBrowser("failing.sh", 3);

        assertFalse(new SystemBrowser(Map.of("BROWSER", script.toString()), "Linux").open(URL));
        assertEquals(List.of(URL), argsReceivedBy(script));
    }

    @Test
    void aBrowserCommandThatDoesNotExistWasNotOpened() {
        String missing = dir.resolve("no-such-browser").toString();

        assertFalse(new SystemBrowser(Map.of("BROWSER", missing + " %s"), "Linux").open(URL));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBrowserStillRunningAfterTheWaitCountsAsLaunched() throws IOException {
        Path script = dir.resolve("stays.sh");
        // Runs until the test's temp dir is removed, so it outlives the wait but not the test.
        Files.writeString(script, "#!/bin/sh\nwhile [ -d '" + dir + "' ]; do sleep 0.1; done\nexit 1\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        assertTrue(new SystemBrowser(Map.of("BROWSER", script.toString()), "Linux").open(URL));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theBrowsersOutputIsDiscardedSoALoudBrowserNeverBlocks() throws IOException {
        Path script = dir.resolve("loud.sh");
        Path args = dir.resolve("loud.args");
        // 256 KiB on each stream: more than any pipe buffer, so an unread pipe would stall it before it records.
        Files.writeString(script, "#!/bin/sh\n"
                + "head -c 262144 /dev/zero | tr '\\0' o\n"
                + "head -c 262144 /dev/zero | tr '\\0' e >&2\n"
                + "printf '%s\\n' \"$1\" > '" + args + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        assertTrue(new SystemBrowser(Map.of("BROWSER", script.toString()), "Linux").open(URL));
        assertEquals(List.of(URL), Files.readAllLines(args, StandardCharsets.UTF_8));
    }

    @Test
    void onlyWebUrlsAreHandedToACommand() throws IOException {
        Path script = dir.resolve("never-run");

        assertFalse(new SystemBrowser(Map.of("BROWSER", script.toString()), "Linux").open("--help"));
        assertFalse(new SystemBrowser(Map.of("BROWSER", script.toString()), "Linux").open("file:///etc/passwd"));
    }
}
