package ai.speckitty.auth.application.serversession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.serversession.ServerSessionCheck.State;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.Grants;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.application.testkit.MutableClock;
import ai.speckitty.auth.application.testkit.ScriptedAuthServer;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.application.token.GetAccessToken;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** SPEC §4.8 --server: active / invalid / check failed, refresh first when expired, skew over 60 s. */
class CheckServerSessionTest {
    private final MutableClock clock = new MutableClock(TestSessions.NOW.plusSeconds(60));
    private final ScriptedAuthServer server = new ScriptedAuthServer();
    private final InMemorySessionStore store = new InMemorySessionStore(TestSessions.session("s"));
    private final FakeSettings settings = FakeSettings.none();
    private final ServerResolver resolver = new ServerResolver(settings);
    private final CheckServerSession check = new CheckServerSession(store, resolver,
            new GetAccessToken(store, server, resolver, clock, Duration.ofMillis(100)), server, clock);

    @Test
    void activeWithTheSessionId() {
        server.onSessionStatus(new SessionStatusResult.Active("sess_s", OptionalLong.of(7), Optional.of(clock.instant())));
        ServerSessionCheck result = check.execute();
        assertEquals(State.ACTIVE, result.state());
        assertEquals(Optional.of("sess_s"), result.sessionId());
        assertEquals(Optional.empty(), result.clockSkew());
    }

    @Test
    void refreshesFirstWhenExpired() {
        clock.advance(Duration.ofHours(2));
        server.onRefresh(Grants.rotated("new", 8))
                .onSessionStatus(new SessionStatusResult.Active("sess_s", OptionalLong.of(8), Optional.empty()));
        assertEquals(State.ACTIVE, check.execute().state());
        assertEquals("access-new", server.journal().get(1).secretValue());
    }

    @Test
    void invalidOn401OnRejectedRefreshAndWithoutSession() {
        server.onSessionStatus(new SessionStatusResult.Invalid(Optional.empty()));
        assertEquals(State.INVALID, check.execute().state());
        clock.advance(Duration.ofHours(2));
        server.onRefresh(new RefreshResult.Rejected("invalid_grant"));
        assertEquals(State.INVALID, check.execute().state());
        assertEquals(State.INVALID, check.execute().state(), "no session left");
    }

    @Test
    void checkFailedNamesTheReasonWithoutSecrets() {
        server.onSessionStatus(new SessionStatusResult.Failed(new ServerFailure.HttpStatus(500, Optional.empty())));
        ServerSessionCheck result = check.execute();
        assertEquals(State.CHECK_FAILED, result.state());
        ServerUsed sessionsServer = new ServerUsed(TestSessions.session("s").server().orElseThrow(), ServerSource.SESSION,
                Optional.empty());
        assertEquals(Optional.of(new ServerSessionCheck.Failure.ServerFailed(new ServerFailure.HttpStatus(500, Optional.empty()),
                sessionsServer)), result.failure());
    }

    @Test
    void aFreshTokenIsCheckedWithOneReadOfTheCredentialsAndNoLock() {
        server.onSessionStatus(new SessionStatusResult.Active("sess_s", OptionalLong.of(7), Optional.of(clock.instant())));
        assertEquals(State.ACTIVE, check.execute().state());
        assertEquals(1, store.reads());
        assertEquals(0, store.lockAcquisitions());
    }

    @Test
    void mismatchSendsNoToken() {
        settings.configure(new ServerSetting.Configured("https://elsewhere.example.com", ServerSetting.Source.CONFIG_FILE));
        ServerSessionCheck result = check.execute();
        assertEquals(State.CHECK_FAILED, result.state());
        assertTrue(result.failure().orElseThrow() instanceof ServerSessionCheck.Failure.WrongServer, result::toString);
        assertEquals(0, server.journal().size());
    }

    @Test
    void reportsClockSkewOverSixtySeconds() {
        Instant serverNow = clock.instant().plusSeconds(95);
        server.onSessionStatus(new SessionStatusResult.Active("sess_s", OptionalLong.empty(), Optional.of(serverNow)));
        assertEquals(Optional.of(Duration.ofSeconds(95)), check.execute().clockSkew());
    }

    @Test
    void skewOfSixtySecondsOrLessIsNotReportedAndAServerBehindIsNegative() {
        server.onSessionStatus(new SessionStatusResult.Active("sess_s", OptionalLong.empty(), Optional.of(clock.instant().plusSeconds(60))));
        assertEquals(Optional.empty(), check.execute().clockSkew());
        server.onSessionStatus(new SessionStatusResult.Active("sess_s", OptionalLong.empty(), Optional.of(clock.instant().minusSeconds(61))));
        assertEquals(Optional.of(Duration.ofSeconds(-61)), check.execute().clockSkew());
    }

    @Test
    void unreadableCredentialsFailTheCheckNamingTheFile() {
        store.presetUnreadable("line 1:1: unexpected character");
        ServerSessionCheck result = check.execute();
        assertEquals(State.CHECK_FAILED, result.state());
        ServerSessionCheck.Failure.NoToken noToken = (ServerSessionCheck.Failure.NoToken) result.failure().orElseThrow();
        SessionRead.Unreadable read = (SessionRead.Unreadable) ((AccessTokenResult.CredentialsProblem) noToken.result()).read();
        assertEquals(InMemorySessionStore.LOCATION, read.location());
    }
}
