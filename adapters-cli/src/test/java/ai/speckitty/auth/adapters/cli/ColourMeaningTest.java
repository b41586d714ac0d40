package ai.speckitty.auth.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour has one meaning everywhere (issue 8): success green, failure red, warning yellow, hint
 * dim; none at all with {@code TERM=dumb} or {@code NO_COLOR}; and every emphasis is reset before
 * its line ends. A whole journey runs through {@link Main#run} as on a terminal, against the sandbox.
 */
class ColourMeaningTest {
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    @TempDir
    Path tmp;

    private Sandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ofSeconds(1)).build());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    /** What one command printed on a terminal: stdout, then stderr. */
    private record Output(String out, String err) {
        String both() {
            return out + err;
        }
    }

    /** Sign in, check sync, open the file's mode, sign out, then ask who is signed in. */
    private List<Output> journey(String home, String... extraEnv) throws IOException {
        Map<String, String> env = new HashMap<>(Map.of(
                "SPEC_KITTY_HOME", tmp.resolve(home).toString(),
                "SPEC_KITTY_SAAS_URL", sandbox.baseUrl(),
                "SPEC_KITTY_ENABLE_SAAS_SYNC", "1"));
        for (int i = 0; i < extraEnv.length; i += 2) {
            env.put(extraEnv[i], extraEnv[i + 1]);
        }
        List<Output> outputs = new ArrayList<>();
        outputs.add(run(env, "auth", "login", "--headless"));
        outputs.add(run(env, "sync", "status", "--check"));
        Files.setPosixFilePermissions(tmp.resolve(home).resolve("credentials"), PosixFilePermissions.fromString("rw-r--r--"));
        outputs.add(run(env, "auth", "status"));
        outputs.add(run(env, "auth", "logout"));
        outputs.add(run(env, "auth", "whoami"));
        return outputs;
    }

    private static Output run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env, true, args);
        return new Output(out.toString(), err.toString());
    }

    @Test
    void eachColourMeansOneThingAndEndsBeforeItsLine() throws IOException {
        List<Output> o = journey("colour");
        Output login = o.get(0);
        Output sync = o.get(1);
        Output status = o.get(2);
        Output logout = o.get(3);
        Output whoami = o.get(4);

        assertTrue(login.out().contains(GREEN + "Authenticated as ada@example.com"), login.toString());
        assertTrue(sync.out().contains(GREEN + "Connected" + RESET), sync.toString());
        assertTrue(status.err().contains(YELLOW + "Warning: The credentials file is accessible"), status.toString());
        assertTrue(status.err().contains(DIM + "Fix it with:" + RESET), status.toString());
        assertTrue(logout.out().contains(GREEN + "Logged out." + RESET), logout.toString());
        assertTrue(whoami.err().contains(RED + "Not signed in." + RESET), whoami.toString());
        assertTrue(whoami.err().contains(DIM + "Run `spec-kitty auth login` to sign in." + RESET), whoami.toString());

        for (Output output : o) {
            for (String line : output.both().split("\n", -1)) {
                assertEquals(List.of(), unclosed(line), () -> "emphasis left open at the end of: " + line);
            }
        }
    }

    @Test
    void aDumbTerminalAndNoColourGetNoEscapeAtAll() throws IOException {
        for (Output output : journey("dumb", "TERM", "dumb")) {
            assertFalse(output.both().contains("\u001b"), "TERM=dumb:\n" + output);
        }
        for (Output output : journey("no-colour", "NO_COLOR", "1")) {
            assertFalse(output.both().contains("\u001b"), "NO_COLOR:\n" + output);
        }
    }

    @Test
    void theLineCheckCatchesAnOpenEmphasis() {
        assertEquals(List.of(GREEN), unclosed(GREEN + "Logged out."));
        assertEquals(List.of(), unclosed(GREEN + "Logged out." + RESET));
    }

    /** The emphases still open where {@code line} ends (each SGR other than a reset opens one). */
    private static List<String> unclosed(String line) {
        List<String> open = new ArrayList<>();
        Matcher m = SGR.matcher(line);
        while (m.find()) {
            if (m.group().equals(RESET)) {
                open.clear();
            } else {
                open.add(m.group());
            }
        }
        return open;
    }
}
