package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §6: no token value on stdout or stderr, for any command, in any state of the credentials file. */
class SecretsTest {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("auth", "status"),
            List.of("auth", "status", "--json"),
            List.of("auth", "whoami"),
            List.of("auth", "doctor"),
            List.of("auth", "doctor", "--json"),
            List.of("auth", "doctor", "--unstick-lock"),
            List.of("--debug", "auth", "status"),
            List.of("--debug", "auth", "doctor", "--json"));

    @TempDir
    Path tmp;

    private void assertNoTokenAnywhere(String state, Consumer<Home> setUp) {
        Home home = Home.created(tmp.resolve(state));
        setUp.accept(home);
        for (List<String> command : COMMANDS) {
            CliRun r = CliRun.run(CliRun.env(home, "SPEC_KITTY_SAAS_URL", "https://other.example"),
                    command.toArray(String[]::new));
            String all = r.both();
            assertFalse(all.contains(Home.ACCESS), () -> state + " " + command + " leaked the access token:\n" + r);
            assertFalse(all.contains(Home.REFRESH), () -> state + " " + command + " leaked the refresh token:\n" + r);
            assertFalse(all.contains("d1st1nct"), () -> state + " " + command + " leaked part of a token:\n" + r);
        }
    }

    @Test
    void freshSession() {
        assertNoTokenAnywhere("fresh", Home::fresh);
    }

    @Test
    void expiredSession() {
        assertNoTokenAnywhere("expired", h -> h.session(Duration.ofHours(-5), Duration.ofHours(-1)));
    }

    @Test
    void legacySessionWithUnsafeModesAndStaleLock() {
        assertNoTokenAnywhere("legacy", h -> h.legacy().mode(h.credentials(), "rw-rw-rw-")
                .staleLockRecord(1, "x", Instant.now()));
    }

    @Test
    void corruptFilesThatContainTheTokens() {
        assertNoTokenAnywhere("unterminated", h -> h.write("[tokens]\naccess = \"" + Home.ACCESS + "\nrefresh = \"" + Home.REFRESH));
        assertNoTokenAnywhere("badkey", h -> h.write("[tokens]\n" + Home.ACCESS + " = " + Home.REFRESH + "\n"));
        assertNoTokenAnywhere("duplicate", h -> h.write("[tokens]\naccess = \"" + Home.ACCESS + "\"\naccess = \""
                + Home.REFRESH + "\"\n"));
        assertNoTokenAnywhere("wrongtype", h -> h.write("[tokens]\naccess = \"" + Home.ACCESS
                + "\"\naccess_expires_at = \"" + Home.REFRESH + "\"\n"));
    }
}
