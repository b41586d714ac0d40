package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.run(CliRun.env(Home.missing(tmp)), args);
    }

    private static void assertNoStackTrace(CliRun r) {
        assertFalse(r.both().contains("\tat "), "stack trace:\n" + r);
        assertFalse(r.both().contains("Exception:"), "exception text:\n" + r);
    }

    @Test
    void versionPrintsNameAndVersion() {
        CliRun r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("spec-kitty \\d+\\.\\d+\\.\\d+\\S*\n"), r.out());
        assertEquals("", r.err());
        assertEquals(r.out(), run("auth", "status", "--version").out(), "--version works on subcommands too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "auth --help", "auth status --help", "auth whoami --help", "auth doctor --help",
            "generate-completion --help", "-h"})
    void helpOnEveryCommandExitsZero(String args) {
        CliRun r = run(args.split(" "));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Usage: spec-kitty"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpDocumentsExitCodes() {
        assertTrue(run("auth", "status", "--help").out().contains("0   the status was shown"));
        assertTrue(run("auth", "whoami", "--help").out().contains("4   not authenticated"));
        assertTrue(run("auth", "doctor", "--help").out().contains("1     at least one critical local finding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth status --bogus", "auth frobnicate", "nonsense", "auth doctor --json=maybe", "--debug auth whoami extra"})
    void usageErrorsExitTwoWithAShortMessageOnStderr(String args) {
        CliRun r = run(args.split(" "));
        assertEquals(2, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("spec-kitty"), r.err());
        assertTrue(r.err().contains("--help' for more information."), r.err());
        assertTrue(r.err().lines().count() <= 4, r.err());
        assertNoStackTrace(r);
    }

    @Test
    void groupsWithoutACommandAreUsageErrors() {
        CliRun none = run();
        assertEquals(2, none.exit());
        assertEquals("", none.out());
        assertTrue(none.err().startsWith("spec-kitty: missing a command.\nUsage: spec-kitty"), none.err());
        CliRun auth = run("auth");
        assertEquals(2, auth.exit());
        assertTrue(auth.err().startsWith("spec-kitty auth: missing a command."), auth.err());
    }

    @Test
    void unexpectedErrorSaysWhatToDoWithoutNamingItsTypeWithoutDebug() {
        // A NUL in SPEC_KITTY_HOME cannot be a path: an unexpected InvalidPathException deep inside.
        Map<String, String> env = Map.of("SPEC_KITTY_HOME", "/tmp/bad\0path");
        CliRun r = CliRun.run(env, "auth", "status");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("spec-kitty: an unexpected internal error stopped the command.\n"), r.err());
        assertTrue(r.err().contains("`--debug`"), "the next step is hinted:\n" + r.err());
        assertFalse(r.err().contains("InvalidPathException"), "no Java exception name without --debug:\n" + r.err());
        assertNoStackTrace(r);
    }

    @Test
    void debugShowsTheStackTrace() {
        Map<String, String> env = Map.of("SPEC_KITTY_HOME", "/tmp/bad\0path");
        CliRun r = CliRun.run(env, "--debug", "auth", "status");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("spec-kitty: an unexpected internal error stopped the command.\n"
                + "debug: java.nio.file.InvalidPathException\n"), r.err());
        // Stack trace lines are indented with spaces: no raw control character reaches the terminal (issue 7).
        assertTrue(r.err().contains("\n    at "), r.err());
        CliRun after = CliRun.run(env, "auth", "status", "--debug");
        assertTrue(after.err().contains("\n    at "), "--debug is accepted after the subcommand too:\n" + after.err());
    }

    @Test
    void completionScriptIsGenerated() {
        CliRun r = run("generate-completion");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("complete -F"), r.out());
        assertTrue(r.out().contains("doctor"), "subcommands are completed");
    }
}
