package ai.speckitty.auth.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.cli.render.ForeignChars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7 finding 5 end to end through {@link Main#run}: credentials, config, home path and
 * environment full of escape sequences, OSC titles, BEL, CR, C1 CSI and bidi overrides never reach
 * stdout or stderr raw, with colour on or off, with and without --debug; only our own line feeds
 * and (with colour) our own SGR codes do.
 */
class TerminalInjectionTest {
    static {
        // The CLI module does not read Jackson (offline commands never load it); this test does.
        ModuleLayer.boot().findModule("com.fasterxml.jackson.databind")
                .ifPresent(jackson -> TerminalInjectionTest.class.getModule().addReads(jackson));
    }

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final String P = ForeignChars.PAYLOAD;
    static final String NAME = "Ada " + P;
    static final String EMAIL = "ada" + P + "@example.com";
    static final String TEAM = "Team " + P;
    static final String ROLE = "owner" + P;
    static final String SESSION_ID = "sess_" + P;
    static final String USER_ID = "u_" + P;
    static final String URL = "https://app.spec-kitty.ai/" + P;
    static final String SERVER = "https://app.spec-kitty.ai";
    /** A directory name with an OSC title sequence, BEL, a C1 CSI and a bidi override. */
    static final String HOME_DIR = "home\u001b]0;HOME\u0007\u009b2J\u202e";

    @TempDir
    Path tmp;

    /** How the output is shown: a terminal with colour, a terminal with NO_COLOR, or a pipe. */
    enum Output {
        COLOUR(true, false), NO_COLOR(true, true), PIPE(false, false);

        final boolean terminal;
        final boolean noColor;

        Output(boolean terminal, boolean noColor) {
            this.terminal = terminal;
            this.noColor = noColor;
        }

        boolean colour() {
            return terminal && !noColor;
        }
    }

    /**
     * What is hostile: the session and SPEC_KITTY_SAAS_URL, the session and config.toml's URL, the
     * file's server URL (which makes it unreadable), a file that is not TOML, the path of a CA
     * bundle (quoted in the set-up error, and in its stack trace with --debug).
     */
    enum Scenario { SESSION_AND_ENV_URL, CONFIG_URL, FILE_URL, BROKEN_FILE, CA_BUNDLE }

    record Run(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    static Stream<Arguments> runs() {
        List<List<String>> commands = List.of(
                List.of("auth", "status"), List.of("auth", "status", "--json"), List.of("auth", "whoami"),
                List.of("auth", "doctor"), List.of("auth", "doctor", "--json"), List.of("auth", "token"),
                List.of("sync", "status"), List.of("sync", "status", "--check"), List.of("sync", "status", "--check", "--json"),
                List.of("auth", "logout"), List.of("auth", "status", "--bogus" + P));
        List<Arguments> all = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            for (List<String> command : commands) {
                for (Output output : Output.values()) {
                    for (boolean debug : new boolean[] {false, true}) {
                        all.add(Arguments.of(scenario, String.join(" ", command), output, debug));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} ({2}, debug={3})")
    @MethodSource("runs")
    void noRawControlReachesTheTerminal(Scenario scenario, String command, Output output, boolean debug) throws IOException {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (debug) {
            args.add("--debug");
        }
        Run run = run(scenario, output, args.toArray(String[]::new));
        ForeignChars.assertNoRaw("stdout of " + command, run.out(), output.colour());
        ForeignChars.assertNoRaw("stderr of " + command, run.err(), output.colour());
        assertTrue(run.exit() == 0 || run.exit() == 1 || run.exit() == 2 || run.exit() == 4, "exit " + run.exit());
    }

    @Test
    void statusShowsTheHostileValuesEscapedAndKeepsItsOwnColours() throws IOException {
        Run run = run(Scenario.SESSION_AND_ENV_URL, Output.COLOUR, "auth", "status");
        String escaped = "\\x1b[31mRED\\x1b]0;pwned\\x07\\x0dX\\x9b2J\\x7f\\u202eevil\\u2066\\u200f\\x09\\x00";
        assertTrue(run.out().contains("Authenticated as ada" + escaped + "@example.com (Ada " + escaped + ")"), run.out());
        assertTrue(run.out().contains("Team " + escaped + " (owner" + escaped + ")"), run.out());
        assertTrue(run.out().contains("sess_" + escaped), run.out());
        assertTrue(run.out().startsWith("\u001b[32mAuthenticated as"), "our own colour still works: " + run.out());
        ForeignChars.assertNoRaw("status", run.both(), true);
    }

    @Test
    void statusJsonDecodesBackToTheStoredValues() throws IOException {
        Run run = run(Scenario.SESSION_AND_ENV_URL, Output.PIPE, "auth", "status", "--json");
        ForeignChars.assertNoRaw("status --json", run.out(), false);
        JsonNode doc = JACKSON.readTree(run.out());
        assertEquals(NAME, doc.at("/user/name").asText());
        assertEquals(EMAIL, doc.at("/user/email").asText());
        assertEquals(TEAM, doc.at("/teams/0/name").asText());
        assertEquals(ROLE, doc.at("/teams/0/role").asText());
        assertEquals(SESSION_ID, doc.at("/session_id").asText());
    }

    @Test
    void doctorJsonDecodesBackToTheHomePath() throws IOException {
        Run run = run(Scenario.SESSION_AND_ENV_URL, Output.PIPE, "auth", "doctor", "--json");
        ForeignChars.assertNoRaw("doctor --json", run.out(), false);
        JsonNode doc = JACKSON.readTree(run.out());
        assertTrue(doc.at("/credentials/path").asText().contains(HOME_DIR), run.out());
        assertEquals(SESSION_ID, doc.at("/session/session_id").asText());
    }

    @Test
    void whoamiPrintsTheEmailEscaped() throws IOException {
        Run run = run(Scenario.SESSION_AND_ENV_URL, Output.PIPE, "auth", "whoami");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("ada\\x1b[31mRED\\x1b]0;pwned\\x07"), run.out());
    }

    @Test
    void aFailingCommandNamesTheHostilePathEscapedOnStderr() throws IOException {
        Run run = run(Scenario.BROKEN_FILE, Output.NO_COLOR, "auth", "whoami", "--debug");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("home\\x1b]0;HOME\\x07\\x9b2J\\u202e"), run.err());
        ForeignChars.assertNoRaw("whoami stderr", run.err(), false);
    }

    @Test
    void aStackTraceUnderDebugKeepsEachForeignMessageOnItsLineEscaped() throws IOException {
        Run run = run(Scenario.CA_BUNDLE, Output.NO_COLOR, "auth", "token", "--debug");
        assertEquals(1, run.exit(), run.toString());
        String bundle = "ca\\x1b[31mRED\\x1b]0;pwned\\x07\\x0dX\\x9b2J";
        assertTrue(run.err().startsWith("spec-kitty: SPEC_KITTY_CA_BUNDLE="), run.err());
        assertTrue(run.err().lines().filter(line -> line.contains(bundle)).count() == 2, "message and trace: " + run.err());
        assertTrue(run.err().contains("\n    at "), "the trace's tabs become spaces: " + run.err());
        ForeignChars.assertNoRaw("token --debug", run.both(), false);
    }

    private Run run(Scenario scenario, Output output, String... args) throws IOException {
        Path home = tmp.resolve(HOME_DIR);
        if (!Files.isDirectory(home)) {
            Files.createDirectory(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Map<String, String> env = new HashMap<>();
        env.put("SPEC_KITTY_HOME", home.toString());
        env.put("SPEC_KITTY_ENABLE_SAAS_SYNC", "1");
        if (output.noColor) {
            env.put("NO_COLOR", "1");
        }
        switch (scenario) {
            case SESSION_AND_ENV_URL -> {
                writeSession(home, SERVER, Duration.ofMinutes(30));
                env.put("SPEC_KITTY_SAAS_URL", "https://evil.example/" + P);
            }
            case CONFIG_URL -> {
                writeSession(home, SERVER, Duration.ofMinutes(30));
                Files.writeString(home.resolve("config.toml"), "[sync]\nserver_url = \"" + toml("https://cfg.example/" + P) + "\"\n");
            }
            case FILE_URL -> writeSession(home, URL, Duration.ofMinutes(30));
            case BROKEN_FILE -> Files.write(home.resolve("credentials"),
                    ("schema_version = 1\n[user]\nname = \"" + P + "\n" + P + " = = \u009b\n").getBytes(StandardCharsets.UTF_8));
            case CA_BUNDLE -> {
                // An expired access token, so token and --check build the HTTP stack, which reads the bundle.
                writeSession(home, SERVER, Duration.ofMinutes(-5));
                // An environment variable cannot hold NUL.
                env.put("SPEC_KITTY_CA_BUNDLE", home + "/ca" + P.replace("\u0000", "") + ".pem");
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env, output.terminal, args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A credentials file (SPEC §3 layout) whose every foreign string holds the payload. */
    private static void writeSession(Path home, String serverUrl, Duration access) throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path file = home.resolve("credentials");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, """
                schema_version = 1

                [server]
                url = "%s"

                [tokens]
                access = "ACCESS-terminal-test-token"
                refresh = "REFRESH-terminal-test-token"
                access_expires_at = "%s"
                refresh_expires_at = "%s"
                scope = "offline_access"

                [session]
                id = "%s"
                generation = 7
                auth_method = "device_code"
                issued_at = "%s"
                last_used_at = "%s"

                [user]
                id = "%s"
                email = "%s"
                name = "%s"
                default_team_id = "t_1"

                [[teams]]
                id = "t_1"
                name = "%s"
                role = "%s"
                is_private_teamspace = true
                """.formatted(toml(serverUrl), now.plus(access), now.plus(Duration.ofDays(30)), toml(SESSION_ID),
                now.minusSeconds(1800), now.minusSeconds(300), toml(USER_ID), toml(EMAIL), toml(NAME), toml(TEAM), toml(ROLE)),
                StandardCharsets.UTF_8);
    }

    /** The body of a TOML basic string: quotes, backslashes and every control as a \\uXXXX escape. */
    private static String toml(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
