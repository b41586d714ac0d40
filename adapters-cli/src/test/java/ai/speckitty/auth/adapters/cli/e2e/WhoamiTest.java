package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhoamiTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheEmailAlone() {
        CliRun r = CliRun.run(CliRun.env(Home.created(tmp).fresh()), "auth", "whoami");
        assertEquals(new CliRun(0, "ada@example.com\n", ""), r);
    }

    @Test
    void notAuthenticatedIsExitFourWithNothingOnStdout() {
        CliRun r = CliRun.run(CliRun.env(Home.missing(tmp)), "auth", "whoami");
        assertEquals(4, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Not signed in."), r.err());
        assertTrue(r.err().contains("Run `spec-kitty auth login`"), r.err());
    }

    @Test
    void expiredSessionIsExitFour() {
        Home home = Home.created(tmp).session(Duration.ofHours(-1), Duration.ofSeconds(-1));
        CliRun r = CliRun.run(CliRun.env(home), "auth", "whoami");
        assertEquals(4, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Your session has expired."), r.err());
        assertTrue(r.err().contains("Run `spec-kitty auth login`"), r.err());
    }

    @Test
    void legacyUsernameIsTheEmail() {
        assertEquals(new CliRun(0, "old@example.com\n", ""), CliRun.run(CliRun.env(Home.created(tmp).legacy()), "auth", "whoami"));
    }

    @Test
    void unreadableFileIsExitOne() {
        Home home = Home.created(tmp).write("not toml at all [");
        CliRun r = CliRun.run(CliRun.env(home), "auth", "whoami");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains(home.credentials().toString()), r.err());
    }
}
