package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomlj.Toml;

/** The SPEC §3 layout as written, and write → read giving back an equal session. */
class SessionTomlFormatTest {

    @Test
    void aFullSessionIsWrittenInTheSpecLayoutWithEveryKey() {
        String expected = """
                schema_version = 1

                [server]
                url = "https://app.spec-kitty.ai"

                [tokens]
                access = "access-golden"
                refresh = "refresh-golden"
                access_expires_at = "2026-11-23T18:00:00Z"
                refresh_expires_at = "2026-12-23T17:00:00Z"
                scope = "offline_access"

                [session]
                id = "sess_golden"
                generation = 7
                auth_method = "device_code"
                issued_at = "2026-11-23T17:00:00Z"
                last_used_at = "2026-11-23T17:00:00Z"

                [user]
                id = "u_123"
                email = "ada@example.com"
                name = "Ada Lovelace"
                default_team_id = "t_1"

                [[teams]]
                id = "t_1"
                name = "Ada's space"
                role = "owner"
                is_private_teamspace = true

                [[teams]]
                id = "t_2"
                name = "Engines"
                role = "member"
                is_private_teamspace = false
                """;
        assertEquals(expected, SessionTomlWriter.write(TestSessions.session("golden")));
    }

    @Test
    void aFullSessionRoundTripsExactly() {
        assertRoundTrip(TestSessions.session("full"));
    }

    @Test
    void aSessionWithOnlyTheRequiredFieldsRoundTripsExactly() {
        StoredSession minimal = new StoredSession(Optional.empty(),
                new Tokens(new AccessToken("a"), Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"),
                        Optional.empty(), Optional.empty()),
                SessionInfo.unknown(), User.unknown(), List.of());
        String text = assertRoundTrip(minimal);
        assertFalse(text.contains("refresh"), text);
        assertFalse(text.contains("[server]"), text);
    }

    @Test
    void fractionalSecondsRoundTripExactly() {
        StoredSession session = TestSessions.session("nanos", Instant.parse("2026-11-23T17:00:00.123456789Z"));
        assertRoundTrip(session);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "double \"quotes\" and \\backslashes\\ and a trailing \\",
        "tab\tnewline\ncarriage\rformfeed\fbackspace\b",
        "nul\u0000 unit\u001f del\u007f c1\u0085",
        "é ü ñ ß 中文 עברית 😀 𝄞",
        "right-to-left \u202Eoverride\u202C zero\u200Bwidth bom\uFEFF",
        "line\u2028separator paragraph\u2029separator",
        "''' triple single and \"\"\" triple double",
        "# not a comment [not.a.table] key = value",
        "private\uE000use",
        ""
    })
    void oddCharactersInEveryStringRoundTripExactly(String odd) {
        String text = assertRoundTrip(TestSessions.withTextEverywhere(odd));
        for (char c : text.toCharArray()) {
            assertTrue(c == '\n' || (c >= 0x20 && c != 0x7f), "raw control character " + (int) c + " in the file");
        }
    }

    @Test
    void aLoneSurrogateIsWrittenAsTheReplacementCharacter() {
        StoredSession base = TestSessions.session("surrogate");
        StoredSession session = new StoredSession(base.server(), base.tokens(), base.info(),
                new User(base.user().id(), base.user().email(), Optional.of("broken\uD800name"), base.user().defaultTeamId()),
                base.teams());
        StoredSession read = parse(SessionTomlWriter.write(session));
        assertEquals(Optional.of("broken\uFFFDname"), read.user().name());
    }

    @Test
    void invisibleCharactersAreWrittenAsEscapesOnTheValuesOwnLine() {
        String written = writtenName("a\"b\\c\nd\u0000e\u007ff\u202Eg\uDB40\uDC01h😀");
        assertTrue(written.contains("\nname = \"a\\\"b\\\\c\\nd\\u0000e\\u007ff\\u202eg\\U000e0001h\\U0001f600\"\n"), written);
    }

    @Test
    void visibleTextOutsideAsciiIsWrittenAsIs() {
        String written = writtenName("Zoë 中文 עברית 😀 \"quoted\" back\\slash");
        assertTrue(written.contains("\nname = \"Zoë 中文 עברית 😀 \\\"quoted\\\" back\\\\slash\"\n"), written);
    }

    private static String writtenName(String name) {
        StoredSession base = TestSessions.session("escapes");
        return SessionTomlWriter.write(new StoredSession(base.server(), base.tokens(), base.info(),
                new User(base.user().id(), base.user().email(), Optional.of(name), base.user().defaultTeamId()),
                base.teams()));
    }

    static String assertRoundTrip(StoredSession session) {
        String text = SessionTomlWriter.write(session);
        assertTrue(Toml.parse(text).errors().isEmpty(), () -> "not valid TOML: " + Toml.parse(text).errors());
        assertEquals(session, parse(text));
        return text;
    }

    static StoredSession parse(String text) {
        SessionRead read = SessionTomlReader.parse("test", text.getBytes(StandardCharsets.UTF_8));
        if (read instanceof SessionRead.Present present) {
            return present.session();
        }
        throw new AssertionError("not read back: " + read);
    }
}
