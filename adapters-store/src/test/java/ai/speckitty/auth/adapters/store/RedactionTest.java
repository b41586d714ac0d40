package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomlj.Toml;

/** No token value in toString, failure messages or unreadable reasons (SPEC §6). */
class RedactionTest {
    private static final String ACCESS = "SECRETxACCESSx7f3a";
    private static final String REFRESH = "SECRETxREFRESHx9c1d";

    @TempDir
    Path home;

    private static StoredSession secretSession() {
        StoredSession base = TestSessions.session("redaction");
        Tokens tokens = new Tokens(new AccessToken(ACCESS), Optional.of(new RefreshToken(REFRESH)),
                base.tokens().accessExpiresAt(), base.tokens().refreshExpiresAt(), base.tokens().scope());
        return new StoredSession(base.server(), tokens, base.info(), base.user(), base.teams());
    }

    @Test
    void sessionsAndReadsNeverPrintTokens() {
        StoredSession session = secretSession();
        assertNoSecret(session.toString());
        assertNoSecret(session.tokens().toString());
        assertNoSecret(new SessionRead.Present(session).toString());
        assertTrue(SessionTomlWriter.write(session).contains(ACCESS), "the sample must really carry the token");
    }

    @Test
    void theParserItselfEchoesInputSoTheReasonMustNot() {
        String line = "access = \"abc\" " + ACCESS;
        String raw = Toml.parse("[tokens]\n" + line + "\n").errors().get(0).getMessage();
        assertTrue(raw.contains(ACCESS), "tomlj no longer echoes input: " + raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "access = \"abc\" " + ACCESS,
        "access = \"" + ACCESS + "\"" + REFRESH + "\"",
        "access = \"" + ACCESS,
        "access = " + ACCESS,
        "access = [\"" + ACCESS + "\"]",
        "\"" + ACCESS + "\" = 1\n\"" + ACCESS + "\" = 2",
        "access = \"a\"\naccess_expires_at = \"" + ACCESS + "\"",
        "access = \"a\"\naccess_expires_at = \"2026-11-23T18:00:00Z\"\nrefresh = \"\\q" + REFRESH + "\"",
        "access = \"a\"\naccess_expires_at = \"2026-11-23T18:00:00Z\"\nscope = " + REFRESH
    })
    void aMalformedTokenLineGivesAReasonWithoutTheToken(String tokenLines) throws IOException {
        Files.writeString(home.resolve("credentials"), "schema_version = 1\n[tokens]\n" + tokenLines + "\n");
        SessionRead read = new TomlSessionStore(home, Clock.systemUTC(), "test").read();
        assertTrue(read instanceof SessionRead.Unreadable, () -> "expected Unreadable for: " + tokenLines);
        assertNoSecret(read.toString());
        assertTrue(((SessionRead.Unreadable) read).reason().contains("line "), read::toString);
    }

    @Test
    void aFailedWriteNamesTheTypeNotTheContent() throws IOException {
        Files.createDirectory(home.resolve("credentials"));
        TomlSessionStore store = new TomlSessionStore(home, Clock.systemUTC(), "test");
        try (SessionTransaction tx = store.lock(Duration.ZERO).orElseThrow()) {
            StoreFailure failure = assertThrows(StoreFailure.class, () -> tx.write(secretSession()));
            assertNoSecret(failure.getMessage());
            assertNoSecret(failure.toString());
            assertNoSecret(failure.errorType());
            assertTrue(failure.getCause() == null, "no cause that could carry exception text");
        }
    }

    private static void assertNoSecret(String text) {
        assertFalse(text.contains(ACCESS), () -> "access token in: " + text);
        assertFalse(text.contains(REFRESH), () -> "refresh token in: " + text);
        assertFalse(text.contains("SECRETx"), () -> "part of a token in: " + text);
    }
}
