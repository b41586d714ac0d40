package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files from older versions and other writers load without warning (SPEC §3). */
class CompatibleCredentialsTest {
    private static final Instant SIX_PM = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path home;

    @Test
    void aLegacy2xFileLoadsWithUsernameAsEmailAndTeamSlugAsTeam() throws IOException {
        write("""
                [tokens]
                access = "legacy-access"
                refresh = "legacy-refresh"
                access_expires_at = "2026-11-23T18:00:00+00:00"
                refresh_expires_at = "2026-12-23T18:00:00+00:00"

                [user]
                username = "ada@example.com"
                team_slug = "ada-space"

                [server]
                url = "https://app.spec-kitty.ai/"
                """);
        StoredSession expected = new StoredSession(Optional.of(new ServerUrl("https://app.spec-kitty.ai")),
                new Tokens(new AccessToken("legacy-access"), Optional.of(new RefreshToken("legacy-refresh")), SIX_PM,
                        Optional.of(Instant.parse("2026-12-23T18:00:00Z")), Optional.empty()),
                SessionInfo.unknown(),
                new User(Optional.empty(), Optional.of("ada@example.com"), Optional.empty(), Optional.empty()),
                List.of(new Team(Optional.empty(), "ada-space", Optional.empty(), false)));
        assertEquals(new SessionRead.Present(expected), store().read());
        assertEquals(Optional.of("ada@example.com"), expected.user().displayName());

        // The next write stores the current shape, which reads back the same.
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            tx.write(expected);
        }
        String rewritten = Files.readString(home.resolve("credentials"));
        assertTrue(rewritten.startsWith("schema_version = 1\n"), rewritten);
        assertTrue(rewritten.contains("email = \"ada@example.com\""), rewritten);
        assertEquals(new SessionRead.Present(expected), store().read());
    }

    @Test
    void aCurrentFileWithoutGenerationOrRefreshExpiryLoads() throws IOException {
        write("""
                schema_version = 1
                [server]
                url = "https://app.spec-kitty.ai"
                [tokens]
                access = "a"
                refresh = "r"
                access_expires_at = "2026-11-23T18:00:00Z"
                scope = "offline_access"
                [session]
                id = "sess_1"
                auth_method = "authorization_code"
                [user]
                email = "ada@example.com"
                """);
        StoredSession session = present();
        assertEquals(OptionalLong.empty(), session.info().generation());
        assertEquals(Optional.empty(), session.tokens().refreshExpiresAt());
        assertEquals(Optional.of("sess_1"), session.info().id());
        assertEquals(SIX_PM, session.tokens().accessExpiresAt());
    }

    @Test
    void aFileWithoutRefreshTokenIsASessionThatCannotRefresh() throws IOException {
        write("""
                [tokens]
                access = "a"
                access_expires_at = "2026-11-23T18:00:00Z"
                """);
        StoredSession session = present();
        assertEquals(Optional.empty(), session.tokens().refresh());
        assertEquals(false, session.canRefresh());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"2026-11-23T18:00:00Z\"",
        "\"2026-11-23T18:00:00+00:00\"",
        "\"2026-11-23T18:00:00\"",
        "\"2026-11-23T18:00:00.000000+00:00\"",
        "\"2026-11-23 18:00:00Z\"",
        "\"2026-11-23t18:00:00z\"",
        "\"2026-11-23T19:00:00+01:00\"",
        "2026-11-23T18:00:00Z",
        "2026-11-23T18:00:00+00:00",
        "2026-11-23T19:00:00+01:00",
        "2026-11-23T18:00:00",
        "2026-11-23 18:00:00"
    })
    void everyTimestampFormLoadsAsTheSameInstant(String value) throws IOException {
        write("[tokens]\naccess = \"a\"\naccess_expires_at = " + value + "\n"
                + "[session]\nissued_at = " + value + "\n");
        StoredSession session = present();
        assertEquals(SIX_PM, session.tokens().accessExpiresAt());
        assertEquals(Optional.of(SIX_PM), session.info().issuedAt());
    }

    @Test
    void unknownKeysAndTablesAreIgnored() throws IOException {
        write("""
                schema_version = 1
                future_flag = true
                [tokens]
                access = "a"
                access_expires_at = "2026-11-23T18:00:00Z"
                token_type = "Bearer"
                [profile]
                colour = "blue"
                """);
        assertEquals(SIX_PM, present().tokens().accessExpiresAt());
    }

    private StoredSession present() {
        SessionRead read = store().read();
        assertTrue(read instanceof SessionRead.Present, () -> "expected a session, got " + read);
        return ((SessionRead.Present) read).session();
    }

    private TomlSessionStore store() {
        return new TomlSessionStore(home, Clock.systemUTC(), "test");
    }

    private void write(String text) throws IOException {
        Files.writeString(home.resolve("credentials"), text);
    }
}
