package ai.speckitty.auth.embedding.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The README's front-end example is this module's {@link FrontEndExample}, word for word, and it runs. */
@Timeout(60)
class ReadmeExampleTest {
    private static final String SECTION = "## Use it from your own front end";

    @TempDir
    Path home;

    @Test
    void theReadmeQuotesTheExampleVerbatimInAtMostTwentyFiveLines() throws IOException {
        List<String> example = exampleLines();
        List<String> quoted = readmeExample();

        assertEquals(example, quoted, "README.md must quote FrontEndExample.java between its markers");
        assertTrue(quoted.size() <= 25, "the README example has " + quoted.size() + " lines");
    }

    @Test
    void theExampleSignsInWithTheDeviceFlowHearsItAndGetsAToken() throws Exception {
        List<String> shown = new CopyOnWriteArrayList<>();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).build())) {
            FrontEndExample.keepSignedIn(home, sandbox.baseUrl(), shown::add);

            String email = sandbox.config().user().email();
            assertTrue(shown.get(0).startsWith("Enter ") && shown.get(0).contains(" at " + sandbox.baseUrl()), shown::toString);
            assertTrue(shown.contains("signed in: true"), shown::toString);
            assertTrue(shown.contains("token for " + email), shown::toString);
            assertEquals(0, sandbox.journal().countRefreshSubmissions(), "a fresh token needs no refresh");
        }
    }

    /** The example's lines between the markers, indented as the README shows them (one level out). */
    private static List<String> exampleLines() throws IOException {
        Path source = moduleDirectory().resolve(Path.of("src", "test", "java", "ai", "speckitty", "auth", "embedding",
                "example", "FrontEndExample.java"));
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int begin = lines.indexOf("    // README:begin");
        int end = lines.indexOf("    // README:end");
        return lines.subList(begin + 1, end).stream().map(line -> line.isEmpty() ? line : line.substring(4)).toList();
    }

    /** The first java block after the section heading. */
    private static List<String> readmeExample() throws IOException {
        List<String> lines = Files.readAllLines(moduleDirectory().resolveSibling("README.md"), StandardCharsets.UTF_8);
        int section = lines.indexOf(SECTION);
        assertTrue(section >= 0, "README.md has no section '" + SECTION + "'");
        int open = lines.subList(section, lines.size()).indexOf("```java") + section;
        int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        return lines.subList(open + 1, close);
    }

    private static Path moduleDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }
}
