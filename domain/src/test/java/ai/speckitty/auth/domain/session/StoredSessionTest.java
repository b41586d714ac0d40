package ai.speckitty.auth.domain.session;

import static ai.speckitty.auth.domain.testkit.TestSessions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §4.2 expiry, §4.3/§4.4 "a different session", and §2.5 default team, as tables. */
class StoredSessionTest {


    @ParameterizedTest(name = "access expires at now {0} ms -> expired {1}")
    @CsvSource({
        "-3600000, true",
        "-1,       true",
        "0,        true",
        "4000,     true",
        "4999,     true",
        "5000,     true",  // exactly now + 5 s: expired (<=)
        "5001,     false",
        "6000,     false",
        "3600000,  false",
    })
    void accessTokenExpiresFiveSecondsEarly(long offsetMillis, boolean expired) {
        StoredSession session = session(NOW.plusMillis(offsetMillis), Optional.empty());
        assertEquals(expired, session.accessTokenExpired(NOW));
    }

    @ParameterizedTest(name = "refresh expires at now {0} s -> expired {1}")
    @CsvSource({
        "-86400, true",
        "-1,     true",
        "0,      true",   // exactly now: expired (<=), no margin for refresh tokens
        "1,      false",
        "5,      false",  // the 5 s access margin does not apply
        "86400,  false",
    })
    void refreshTokenExpiresOnlyAtItsRecordedTime(long offsetSeconds, boolean expired) {
        StoredSession session = session(NOW.plusSeconds(3600), Optional.of(NOW.plusSeconds(offsetSeconds)));
        assertEquals(expired, session.refreshTokenExpired(NOW));
        assertEquals(!expired, session.authenticated(NOW));
    }

    @ParameterizedTest(name = "no refresh expiry, checked {0} s after the access expiry -> never expired")
    @CsvSource({"-3600", "0", "3600", "315360000"})
    void anAbsentRefreshExpiryNeverExpires(long secondsAfterAccessExpiry) {
        StoredSession session = session(NOW, Optional.empty());
        Instant later = NOW.plusSeconds(secondsAfterAccessExpiry);
        assertEquals(false, session.refreshTokenExpired(later));
        assertEquals(true, session.authenticated(later));
    }

    @ParameterizedTest(name = "access now {0} s, refresh now {1} s -> authenticated {2}")
    @CsvSource({
        // access    refresh (empty = server-managed)   authenticated
        "3600,       86400,   true",
        "-3600,      86400,   true",   // an expired access token is refreshed on next use
        "-3600,      ,        true",
        "3600,       0,       false",  // a refresh token known to be expired ends the session
        "3600,       -1,      false",
    })
    void authenticatedMeansTheRefreshTokenIsNotKnownToBeExpired(long accessOffset, Long refreshOffset, boolean authenticated) {
        StoredSession session = session(NOW.plusSeconds(accessOffset),
                Optional.ofNullable(refreshOffset).map(NOW::plusSeconds));
        assertEquals(authenticated, session.authenticated(NOW));
    }

    @ParameterizedTest(name = "[{index}] ({0}, {1}, {2}) vs ({3}, {4}, {5}) -> differs {6}")
    @CsvSource({
        // session id, refresh, access  | session id, refresh, access | differs
        "sess_1, r1, a1,   sess_1, r1, a1,   false",
        "sess_1, r1, a1,   sess_1, r1, a2,   false",  // a new access token alone is the same session
        "sess_1, r1, a1,   sess_2, r1, a1,   true",   // another login
        "sess_1, r1, a1,   sess_1, r2, a1,   true",   // another process rotated the refresh token
        "sess_1, r1, a1,   sess_1,   , a1,   true",
        "sess_1,   , a1,   sess_1,   , a2,   false",
        "      , r1, a1,         , r1, a1,   false",  // legacy files: no session id on either side
        "      , r1, a1,   sess_1, r1, a1,   true",
        "      , r1, a1,         , r2, a1,   true",
    })
    void differsFromComparesSessionIdAndRefreshTokenOnly(
            String idA, String refreshA, String accessA, String idB, String refreshB, String accessB, boolean differs) {
        StoredSession a = session(idA, refreshA, accessA);
        StoredSession b = session(idB, refreshB, accessB);
        assertEquals(differs, a.differsFrom(b));
        assertEquals(differs, b.differsFrom(a));
    }

    @ParameterizedTest(name = "teams [{0}], recorded {1} -> {2}")
    @CsvSource({
        // teams as id:private;...        recorded default   expected default
        "'t1:false;t2:true;t3:false',     t3,                t3",   // the recorded one wins
        "'t1:false;t2:true;t3:true',      t9,                t2",   // recorded but gone: first private
        "'t1:false;t2:true;t3:true',      ,                  t2",   // first private teamspace
        "'t1:false;t2:false',             ,                  t1",   // no private one: first team
        "'t1:true',                       t1,                t1",
        "'',                              t1,                ",     // no teams: none
        "'',                              ,                  ",
    })
    void defaultTeamIsTheRecordedOneElseFirstPrivateElseFirst(String teams, String recorded, String expected) {
        StoredSession session = withTeams(parseTeams(teams), Optional.ofNullable(recorded));
        assertEquals(Optional.ofNullable(expected), session.defaultTeam().flatMap(Team::id));
    }

    private static List<Team> parseTeams(String spec) {
        if (spec.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(spec.split(";"))
                .map(t -> t.split(":"))
                .map(p -> new Team(Optional.of(p[0]), "Team " + p[0], Optional.of("member"), Boolean.parseBoolean(p[1])))
                .toList();
    }

    private static StoredSession session(Instant accessExpiresAt, Optional<Instant> refreshExpiresAt) {
        Tokens tokens = new Tokens(new AccessToken("access"), Optional.of(new RefreshToken("refresh")),
                accessExpiresAt, refreshExpiresAt, Optional.of("offline_access"));
        return new StoredSession(Optional.empty(), tokens, SessionInfo.unknown(), User.unknown(), List.of());
    }

    private static StoredSession session(String id, String refresh, String access) {
        Tokens tokens = new Tokens(new AccessToken(access), Optional.ofNullable(refresh).map(RefreshToken::new),
                NOW.plus(Duration.ofHours(1)), Optional.empty(), Optional.empty());
        SessionInfo info = new SessionInfo(Optional.ofNullable(id), OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return new StoredSession(Optional.empty(), tokens, info, User.unknown(), List.of());
    }

    private static StoredSession withTeams(List<Team> teams, Optional<String> recordedDefault) {
        StoredSession base = session(NOW.plusSeconds(3600), Optional.empty());
        User user = new User(Optional.of("u_1"), Optional.of("ada@example.com"), Optional.empty(), recordedDefault);
        return new StoredSession(base.server(), base.tokens(), base.info(), user, teams);
    }
}
