package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules every human message obeys, checked over all committed transcripts (which
 * {@link GoldenOutputTest} holds equal to the real output): no line wider than 100 columns, and no
 * Java exception name or bare OAuth error code as an explanation.
 */
class GoldenRulesTest {
    static final int WIDTH = 100;
    static final Pattern JAVA_NAME = Pattern.compile("\\b\\w*Exception\\b|\\bjava\\.|\\bjavax\\.");
    static final Pattern OAUTH_CODE = Pattern.compile("\\b(invalid_grant|expired_token|access_denied|authorization_pending"
            + "|slow_down|temporarily_unavailable|session_invalid|refresh_replay_benign_retry|invalid_request"
            + "|server_error)\\b");

    @Test
    void noLineIsWiderThanOneHundredColumns() throws IOException {
        List<String> wide = new ArrayList<>();
        for (Path file : transcripts()) {
            if (file.getFileName().toString().contains("json")) {
                continue; // a JSON document is read by programs; its strings are not wrapped
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.codePointCount(0, line.length()) > WIDTH) {
                    wide.add(file.getFileName() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void noHumanOutputExplainsWithAJavaNameOrAnOAuthCode() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : transcripts()) {
            if (file.getFileName().toString().contains("json")) {
                continue; // JSON documents carry machine-readable fields, not explanations
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (JAVA_NAME.matcher(line).find() || OAUTH_CODE.matcher(line).find()) {
                    bad.add(file.getFileName() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theRulesCatchWhatTheyLookFor() {
        assertTrue(JAVA_NAME.matcher("Could not read it (NoSuchFileException)").find());
        assertTrue(JAVA_NAME.matcher("at java.base/java.io.File").find());
        assertTrue(OAUTH_CODE.matcher("Login failed: expired_token.").find());
        assertTrue(OAUTH_CODE.matcher("HTTP 503 (temporarily_unavailable)").find());
        assertTrue(!OAUTH_CODE.matcher("The server is temporarily unavailable (HTTP 503).").find());
    }

    private static List<Path> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(GoldenOutputTest.GOLDEN)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertTrue(list.size() >= 40, "the transcripts are there: " + list.size());
            return list;
        }
    }
}
