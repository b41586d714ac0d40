package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The permission warning under a long SPEC_KITTY_HOME (issue 8, every line within 100 columns): the
 * path and the command that holds it each have a line of their own, so only those lines can be
 * as long as the path makes them; the words around them still fit.
 */
class PermissionWarningTest {
    @TempDir
    Path tmp;

    @Test
    void aLongPathAndItsChmodCommandEachHaveALineOfTheirOwn() {
        Path deep = tmp;
        for (int i = 0; i < 6; i++) {
            deep = deep.resolve("a-rather-long-directory-name-" + i);
        }
        Home home = Home.created(deep).fresh();
        home.mode(home.credentials(), "rw-r--r--");
        String credentials = home.credentials().toString();
        assertTrue(credentials.length() > 150, "the path alone is wider than a line: " + credentials.length());

        CliRun run = CliRun.run(CliRun.env(home, "NO_COLOR", "1"), "auth", "status");

        assertEquals(0, run.exit(), run.toString());
        List<String> warning = run.err().lines().toList();
        assertEquals(List.of(
                "Warning: The credentials file is accessible by group or others (mode 0644):",
                "  " + credentials,
                "Fix it with:",
                "  `chmod 600 " + credentials + "`"), warning, run.toString());
        for (String line : List.of(warning.get(0), warning.get(2))) {
            assertTrue(line.length() <= 100, line);
        }
    }
}
