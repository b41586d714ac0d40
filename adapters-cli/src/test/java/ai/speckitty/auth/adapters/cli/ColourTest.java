package ai.speckitty.auth.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour only on a terminal and never with NO_COLOR (SPEC §5). Main is not a picocli class, so tests may live here. */
class ColourTest {
    private static final String ESC = "\u001b[";

    @TempDir
    Path tmp;

    private String run(boolean terminal, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(err), env, terminal, args);
        return out + "\n" + err;
    }

    private Map<String, String> env(String... extra) {
        Map<String, String> env = new HashMap<>(Map.of("SPEC_KITTY_HOME", tmp.resolve("home").toString()));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    @Test
    void terminalGetsColour() {
        assertTrue(run(true, env(), "auth", "doctor").contains(ESC));
        assertTrue(run(true, env(), "--help").contains(ESC), "help is coloured too");
    }

    @Test
    void noColourSetDisablesItEvenWhenEmpty() {
        assertFalse(run(true, env("NO_COLOR", "1"), "auth", "doctor").contains(ESC));
        assertFalse(run(true, env("NO_COLOR", ""), "auth", "status").contains(ESC));
        assertFalse(run(true, env("NO_COLOR", "1"), "--help").contains(ESC));
    }

    @Test
    void pipesNeverGetColour() {
        assertFalse(run(false, env(), "auth", "doctor").contains(ESC));
        assertFalse(run(false, env(), "--help").contains(ESC));
    }
}
