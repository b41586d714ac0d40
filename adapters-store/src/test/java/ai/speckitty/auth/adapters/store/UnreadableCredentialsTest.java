package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not a session read as Unreadable (naming the path and the problem) or as
 * FromNewerVersion, and a read leaves them byte for byte as they were, creating nothing beside.
 */
class UnreadableCredentialsTest {
    private static final String VALID = SessionTomlWriter.write(TestSessions.session("valid"));

    @TempDir
    Path home;

    static Stream<Arguments> wrongFiles() {
        return Stream.of(
                Arguments.of("garbage", "this is not toml at all {", "syntax error at line 1"),
                Arguments.of("empty", "", "empty"),
                Arguments.of("blank", " \n\n\t\n", "empty"),
                Arguments.of("no tokens", "schema_version = 1\n[server]\nurl = \"https://x.example\"\n", "[tokens] access"),
                Arguments.of("generation is text", replace("generation = 7", "generation = \"x\""),
                        "[session] generation is not an integer (line 15, column 1)"),
                Arguments.of("access is a number", replace("access = \"access-valid\"", "access = 5"),
                        "[tokens] access is not a string (line 7, column 1)"),
                Arguments.of("unknown auth method", replace("\"device_code\"", "\"password\""),
                        "[session] auth_method is not a known method (line 16, column 1)"),
                Arguments.of("expiry is not a time", replace("access_expires_at = \"2026-11-23T18:00:00Z\"",
                        "access_expires_at = \"tomorrow\""), "[tokens] access_expires_at is not an ISO-8601 timestamp"),
                Arguments.of("expiry is a date", replace("access_expires_at = \"2026-11-23T18:00:00Z\"",
                        "access_expires_at = 2026-11-23"), "[tokens] access_expires_at is not an ISO-8601 timestamp"),
                Arguments.of("schema version is text", replace("schema_version = 1", "schema_version = \"1\""),
                        "schema_version is not an integer (line 1, column 1)"),
                Arguments.of("schema version zero", replace("schema_version = 1", "schema_version = 0"),
                        "schema_version is not a known version"),
                Arguments.of("empty access token", replace("access = \"access-valid\"", "access = \"\""),
                        "[tokens] access is empty"),
                Arguments.of("negative generation", replace("generation = 7", "generation = -1"),
                        "[session] generation is negative"),
                Arguments.of("plain http server", replace("https://app.spec-kitty.ai", "http://evil.example"),
                        "[server] url is not an https URL"),
                Arguments.of("flag is text", replace("is_private_teamspace = true", "is_private_teamspace = \"yes\""),
                        "[teams #1] is_private_teamspace is not true or false"),
                Arguments.of("team without name", replace("name = \"Engines\"\n", ""), "[teams #2] name is missing"),
                Arguments.of("teams is a number", "teams = 3\n" + VALID.substring(VALID.indexOf('\n')).replaceAll("(?s)\\[\\[teams]].*", ""),
                        "teams is not an array of tables"),
                Arguments.of("tokens is a string", "tokens = \"x\"\n", "tokens is not a table"),
                Arguments.of("duplicate key", VALID + "[tokens]\n", "defined twice"),
                Arguments.of("tomlj assertion input", "[prof#\u0001es.dev]\n", "not valid TOML"),
                Arguments.of("access token with a quote and a newline", replace("access = \"access-valid\"",
                        "access = \"access-valid\\\"\\nInjected: x\""), "[tokens] access is not a valid token (RFC 6750"),
                Arguments.of("refresh token with a space", replace("refresh = \"refresh-valid\"", "refresh = \"refresh valid\""),
                        "[tokens] refresh is not a valid token"),
                Arguments.of("byte order mark", "\uFEFF" + VALID, "it starts with a byte order mark (save it as UTF-8 without one)"),
                Arguments.of("20000 nested arrays", "a = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n", "not valid TOML"),
                Arguments.of("access token of 4097 characters", replace("access = \"access-valid\"",
                        "access = \"" + "a".repeat(4097) + "\""), "[tokens] access is not a valid token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFiles")
    void aWrongFileIsUnreadableWithAReasonAndStaysIntact(String name, String content, String reasonPart) throws IOException {
        assertUnreadableAndIntact(content.getBytes(StandardCharsets.UTF_8), reasonPart);
    }

    /** Cuts before the access expiry is complete; later cuts leave a valid session with fewer fields. */
    static Stream<Arguments> cuts() {
        return Stream.of(
                Arguments.of(1, "the file ends in the middle of a value or table at line 1, column 2"),
                Arguments.of(10, "ends in the middle"),
                Arguments.of(19, "[tokens] access is missing"),
                Arguments.of(VALID.indexOf("[server]") + 3, "line 3"),
                Arguments.of(VALID.indexOf("spec-kitty.ai") + 2, "line 4"),
                Arguments.of(VALID.indexOf("[tokens]") + 9, "[tokens] access is missing"),
                Arguments.of(VALID.indexOf("access-valid") + 4, "line 7"),
                Arguments.of(VALID.indexOf("refresh-valid") + 3, "line 8"),
                Arguments.of(VALID.indexOf("access_expires_at"), "[tokens] access_expires_at is missing"),
                Arguments.of(VALID.indexOf("access_expires_at") + 6, "line 9"),
                Arguments.of(VALID.indexOf("2026-11-23T18") + 5, "line 9"));
    }

    @ParameterizedTest
    @MethodSource("cuts")
    void aTruncatedFileIsUnreadable(int cut, String reasonPart) throws IOException {
        assertUnreadableAndIntact(Arrays.copyOf(VALID.getBytes(StandardCharsets.UTF_8), cut), reasonPart);
    }

    @Test
    void randomBinaryWithNulsIsUnreadable() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[1 + random.nextInt(600)];
            random.nextBytes(bytes);
            bytes[random.nextInt(bytes.length)] = 0;
            assertUnreadableAndIntact(bytes, "");
        }
    }

    @Test
    void invalidUtf8NamesWhere() throws IOException {
        byte[] bytes = "schema_version = 1\nname = \"\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertUnreadableAndIntact(bytes, "not UTF-8 text (line 2, byte 9)");
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftAlone() throws IOException {
        byte[] newer = "schema_version = 2\n[tokens]\naccess = { v = 1 }\n[vault]\nkey = \"k\"\n".getBytes(StandardCharsets.UTF_8);
        Path credentials = home.resolve("credentials");
        Files.write(credentials, newer);
        TomlSessionStore store = new TomlSessionStore(home, Clock.systemUTC(), "test");
        assertEquals(new SessionRead.FromNewerVersion(credentials.toString(), 2), store.read());
        try (SessionTransaction tx = store.lock(Duration.ZERO).orElseThrow()) {
            assertEquals(new SessionRead.FromNewerVersion(credentials.toString(), 2), tx.read());
        }
        assertArrayEquals(newer, Files.readAllBytes(credentials));
    }

    private void assertUnreadableAndIntact(byte[] content, String reasonPart) throws IOException {
        Path credentials = home.resolve("credentials");
        Files.write(credentials, content);
        TomlSessionStore store = new TomlSessionStore(home, Clock.systemUTC(), "test");
        SessionRead read = store.read();
        assertTrue(read instanceof SessionRead.Unreadable, () -> "expected Unreadable, got " + read);
        SessionRead.Unreadable unreadable = (SessionRead.Unreadable) read;
        assertEquals(credentials.toString(), unreadable.location());
        assertTrue(unreadable.reason().contains(reasonPart), () -> "reason '" + unreadable.reason() + "' lacks '" + reasonPart + "'");
        assertFalse(unreadable.reason().contains("valid\"") || unreadable.reason().contains("Injected")
                || unreadable.reason().contains("aaaa"), "the reason never quotes a value");
        try (SessionTransaction tx = store.lock(Duration.ZERO).orElseThrow()) {
            assertEquals(read, tx.read());
        }
        assertArrayEquals(content, Files.readAllBytes(credentials));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of("credentials", "credentials.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static String replace(String from, String to) {
        assertTrue(VALID.contains(from), from);
        return VALID.replace(from, to);
    }
}
