package ai.speckitty.auth.application.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.Grants;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.application.testkit.MutableClock;
import ai.speckitty.auth.application.testkit.ScriptedAuthServer;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.application.token.GetAccessToken;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.SyncProbeResult;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One test per row of the SPEC §4.9 table. */
class CheckSyncConnectionTest {
    private final MutableClock clock = new MutableClock(TestSessions.NOW.plusSeconds(60));
    private final ScriptedAuthServer server = new ScriptedAuthServer();
    private final InMemorySessionStore store = new InMemorySessionStore(TestSessions.session("s"));
    private final FakeSettings settings = FakeSettings.none();
    private final ServerResolver resolver = new ServerResolver(settings);
    private final CheckSyncConnection check = new CheckSyncConnection(store, resolver,
            new GetAccessToken(store, server, resolver, clock, Duration.ofMillis(100)), server);

    private SyncStatus probeAnswering(SyncProbeResult answer) {
        server.onSyncProbe(answer);
        return check.execute(true).status();
    }

    @Test
    void disabledUnlessOptedInAndNothingIsSent() {
        assertEquals(SyncStatus.DISABLED, check.execute(false).status());
        assertEquals(0, server.journal().size());
    }

    @Test
    void noCredentials() {
        store.presetAbsent();
        assertEquals(SyncStatus.NOT_AUTHENTICATED, check.execute(true).status());
    }

    @Test
    void sessionExpiredWhenRefreshIsRejectedOrTheRefreshTokenExpired() {
        clock.advance(Duration.ofHours(2));
        server.onRefresh(new RefreshResult.Rejected("invalid_grant"));
        assertEquals(SyncStatus.SESSION_EXPIRED, check.execute(true).status());
        store.presetSession(TestSessions.session("s"));
        clock.advance(Duration.ofDays(40));
        assertEquals(SyncStatus.SESSION_EXPIRED, check.execute(true).status());
    }

    @Test
    void aFreshTokenIsProbedWithOneReadOfTheCredentialsAndNoLock() {
        assertEquals(SyncStatus.CONNECTED, probeAnswering(new SyncProbeResult.Connected(200, false)));
        assertEquals(1, store.reads());
        assertEquals(0, store.lockAcquisitions());
    }

    @Test
    void wrongServerSendsNoToken() {
        settings.configure(new ServerSetting.Configured("https://other.example.com", ServerSetting.Source.ENVIRONMENT));
        SyncCheck result = check.execute(true);
        assertEquals(SyncStatus.WRONG_SERVER, result.status());
        assertEquals("https://app.spec-kitty.ai", result.server().orElseThrow().url().value());
        assertEquals(0, server.journal().size());
    }

    @Test
    void tokenNotObtainedForAnotherReasonIsAnError() {
        clock.advance(Duration.ofHours(2));
        server.onRefresh(new RefreshResult.Failed(new ServerFailure.HttpStatus(503, Optional.empty())));
        SyncCheck result = check.execute(true);
        assertEquals(SyncStatus.ERROR, result.status());
        assertEquals(Optional.of(new AccessTokenResult.Unavailable(AccessTokenResult.Problem.SERVER_FAILURE,
                Optional.of(new ServerFailure.HttpStatus(503, Optional.empty())),
                Optional.of(new ServerUsed(TestSessions.session("s").server().orElseThrow(), ServerSource.SESSION,
                        Optional.empty())))), result.tokenProblem());
    }

    @Test
    void expiredAccessTokenIsRefreshedBeforeTheProbe() {
        clock.advance(Duration.ofHours(2));
        server.onRefresh(Grants.rotated("new", 2)).onSyncProbe(new SyncProbeResult.Connected(200, false));
        assertEquals(SyncStatus.CONNECTED, check.execute(true).status());
        assertEquals("access-new", server.journal().get(1).secretValue());
    }

    @Test
    void probeAnswersMapToTheirRows() {
        assertEquals(SyncStatus.CONNECTED, probeAnswering(new SyncProbeResult.Connected(200, false)));
        assertEquals(SyncStatus.CONNECTED, probeAnswering(new SyncProbeResult.Connected(400, true)));
        assertEquals(SyncStatus.AUTHENTICATION_FAILED, probeAnswering(new SyncProbeResult.Answered(401)));
        assertEquals(SyncStatus.PERMISSION_DENIED, probeAnswering(new SyncProbeResult.Answered(403)));
        assertEquals(SyncStatus.SERVER_UNAVAILABLE, probeAnswering(new SyncProbeResult.Answered(502)));
        assertEquals(SyncStatus.SERVER_UNAVAILABLE, probeAnswering(new SyncProbeResult.Answered(503)));
        assertEquals(SyncStatus.SERVER_UNAVAILABLE, probeAnswering(new SyncProbeResult.Answered(504)));
        assertEquals(SyncStatus.UNEXPECTED, probeAnswering(new SyncProbeResult.Answered(418)));
        assertEquals(SyncStatus.SERVER_UNREACHABLE,
                probeAnswering(new SyncProbeResult.Unreachable(ServerFailure.TransportProblem.TIMEOUT)));
        assertEquals(0, server.count("refresh"), "a probe 401 is reported as is, without refresh-and-retry");
    }

    @Test
    void unexpectedStatusCarriesTheNumber() {
        server.onSyncProbe(new SyncProbeResult.Answered(418));
        assertEquals(OptionalInt.of(418), check.execute(true).httpStatus());
    }

    @Test
    void unreadableCredentialsAreAnErrorNamingTheFile() {
        store.presetUnreadable("line 2:7: expected a value");
        SyncCheck result = check.execute(true);
        assertEquals(SyncStatus.ERROR, result.status());
        AccessTokenResult.CredentialsProblem problem = (AccessTokenResult.CredentialsProblem) result.tokenProblem().orElseThrow();
        assertEquals(InMemorySessionStore.LOCATION, ((SessionRead.Unreadable) problem.read()).location());
    }
}
