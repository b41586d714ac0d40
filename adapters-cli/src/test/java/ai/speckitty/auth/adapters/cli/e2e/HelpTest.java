package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help a newcomer reads (issue 8, item 6): examples, environment, order, widths, `help`. */
class HelpTest {
    /** Every command, as the words that name it. */
    static final List<String> COMMANDS = List.of("", "auth", "auth login", "auth status", "auth whoami", "auth token",
            "auth doctor", "auth logout", "sync", "sync status", "generate-completion", "help");

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.run(CliRun.env(Home.missing(tmp)), args);
    }

    private CliRun help(String command) {
        return run((command.isEmpty() ? "--help" : command + " --help").split(" "));
    }

    private static String section(String help, String heading) {
        int start = help.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, () -> "no " + heading + " section in:\n" + help);
        int end = help.indexOf("\n\n", start + 1);
        return help.substring(start + heading.length() + 2, end < 0 ? help.length() : end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "auth", "auth login", "auth status", "auth whoami", "auth token", "auth doctor",
            "auth logout", "sync", "sync status", "generate-completion", "help"})
    void everyCommandsHelpHasExamplesThatRunThatCommand(String command) {
        CliRun r = help(command);
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        List<String> examples = section(r.out(), "Examples:").lines().toList();
        assertFalse(examples.isEmpty(), r.out());
        String name = ("spec-kitty " + command).strip();
        assertTrue(examples.stream().allMatch(line -> line.startsWith("  ")), r.out());
        assertTrue(examples.stream().anyMatch(line -> line.contains("spec-kitty ")), r.out());
        if (!command.isEmpty() && !command.equals("help") && !command.equals("auth") && !command.equals("sync")) {
            assertTrue(examples.stream().anyMatch(line -> line.contains(name)), () -> "an example of " + name + ":\n" + r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth", "auth login", "auth status", "auth whoami", "auth token", "auth doctor",
            "auth logout", "sync", "sync status", "generate-completion", "help"})
    void helpCommandShowsExactlyWhatHelpOptionShows(String command) {
        CliRun viaCommand = run(("help " + command).split(" "));
        assertEquals(0, viaCommand.exit(), viaCommand.toString());
        assertEquals("", viaCommand.err());
        assertEquals(help(command).out(), viaCommand.out());
    }

    @Test
    void helpAloneIsTheTopLevelHelp() {
        CliRun r = run("help");
        assertEquals(0, r.exit());
        assertEquals(help("").out(), r.out());
    }

    @Test
    void helpForAnUnknownCommandIsAUsageErrorPointingToTheGroupsHelp() {
        CliRun r = run("help", "auth", "frobnicate");
        assertEquals(2, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals("spec-kitty help: spec-kitty auth has no command 'frobnicate' (see `spec-kitty help auth`).\n"
                + "Try 'spec-kitty help --help' for more information.\n", r.err());
    }

    @Test
    void helpEscapesAForeignCommandName() {
        CliRun r = run("help", "\u001b[31mred");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'\\x1b[31mred'"), r.err());
    }

    @Test
    void topLevelHelpListsEveryEnvironmentVariable() {
        String environment = section(help("").out(), "Environment:");
        for (String variable : List.of("SPEC_KITTY_HOME", "SPEC_KITTY_SAAS_URL", "SPEC_KITTY_ENABLE_SAAS_SYNC",
                "HTTPS_PROXY", "NO_PROXY", "SPEC_KITTY_CA_BUNDLE", "BROWSER", "NO_COLOR")) {
            assertTrue(environment.contains(variable), () -> variable + " missing:\n" + environment);
        }
        assertTrue(environment.contains("(%s is the URL)"), "a literal %s, not a format artefact:\n" + environment);
    }

    @Test
    void topLevelHelpListsEveryExitCode() {
        List<String> codes = section(help("").out(), "Exit codes:").lines()
                .map(line -> line.strip().split(" ")[0]).toList();
        assertEquals(List.of("0", "1", "2", "4", "130", "143"), codes);
    }

    @Test
    void authCommandsAreListedInJourneyOrder() {
        List<String> commands = section(help("auth").out(), "Commands:").lines()
                .map(line -> line.strip().split(" ")[0]).toList();
        assertEquals(List.of("login", "status", "whoami", "token", "doctor", "logout"), commands);
        List<String> top = section(help("").out(), "Commands:").lines()
                .map(line -> line.strip().split(" ")[0]).toList();
        assertEquals(List.of("auth", "sync", "generate-completion", "help"), top);
    }

    @Test
    void debugSaysWhatItShows() {
        String out = help("auth token").out();
        assertTrue(out.contains("one line per HTTP call (method, path, status, time)"), out);
        assertTrue(out.contains("never a token"), out);
        assertTrue(out.contains("stack trace of an unexpected error"), out);
    }

    @Test
    void statusHelpSendsScriptsToWhoamiOrTokenExitCodes() {
        String out = help("auth status").out();
        assertTrue(out.contains("It always exits 0"), out);
        assertTrue(out.contains("Scripts: use the exit code of `spec-kitty auth whoami`"), out);
        assertTrue(out.contains("`spec-kitty auth token`"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth login", "auth token", "auth logout", "auth doctor", "sync status"})
    void commandsThatCanBeInterruptedListBothSignalExitCodes(String command) {
        List<String> codes = section(help(command).out(), "Exit codes:").lines()
                .map(line -> line.strip().split(" ")[0]).toList();
        assertTrue(codes.containsAll(List.of("0", "2", "130", "143")), codes::toString);
    }

    @Test
    void noHelpLineIsWiderThanOneHundredColumnsOrWrapped() {
        for (String command : COMMANDS) {
            List<String> lines = help(command).out().lines().toList();
            Set<Integer> columns = new HashSet<>();
            for (String line : lines) {
                Matcher start = COLUMN_START.matcher(line);
                while (start.find()) {
                    columns.add(start.end());
                }
            }
            for (String line : lines) {
                assertTrue(line.length() <= 100, () -> command + ": " + line.length() + " columns: " + line);
                int indent = line.length() - line.stripLeading().length();
                // picocli indents a wrapped continuation two past its column, where nothing else starts.
                assertTrue(indent < 8 || columns.contains(indent), () -> command + ": a wrapped line: " + line);
            }
        }
    }

    /** A column of text inside a line: two or more spaces, then text. */
    private static final Pattern COLUMN_START = Pattern.compile("(?<=\\S)  +(?=\\S)");

    @Test
    void leafHelpIsTheSameWhetherTheWholeTreeOrOnlyItsPathIsBuilt() {
        // `auth token --help` builds only the token path; `--help auth token` style typos build all.
        assertEquals(run("help", "auth", "token").out(), run("auth", "token", "--help").out());
    }
}
