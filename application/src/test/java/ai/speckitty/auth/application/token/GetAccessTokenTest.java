package ai.speckitty.auth.application.token;

import static ai.speckitty.auth.application.testkit.Grants.rotated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.application.testkit.MutableClock;
import ai.speckitty.auth.application.testkit.ScriptedAuthServer;
import ai.speckitty.auth.application.token.AccessTokenResult.ExpiryCause;
import ai.speckitty.auth.application.token.AccessTokenResult.Problem;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** SPEC §4.3 and every branch of §4.4, each asserting what the server was sent and what is on disk. */
class GetAccessTokenTest {
    /** Sessions issued at T0 have a 1 h access token; at this instant it is expired, the refresh is not. */
    private static final Instant LATER = TestSessions.NOW.plus(Duration.ofHours(2));

    private final MutableClock clock = new MutableClock(LATER);
    private final ScriptedAuthServer server = new ScriptedAuthServer();
    private final StoredSession expired = TestSessions.session("old");
    private final InMemorySessionStore store = new InMemorySessionStore(expired);
    private final GetAccessToken getAccessToken = new GetAccessToken(store, server,
            new ServerResolver(FakeSettings.none()), clock, Duration.ofMillis(200));

    private AccessTokenResult run() {
        return getAccessToken.execute();
    }

    @Test
    void freshTokenIsUsedWithoutLockOrRequest() {
        clock.set(TestSessions.NOW.plusSeconds(60));
        AccessTokenResult result = run();
        assertEquals("access-old", ((AccessTokenResult.Ready) result).accessToken().value());
        assertEquals(0, server.journal().size());
        assertEquals(0, store.lockAcquisitions());
        assertEquals(0, store.writes());
    }

    @Test
    void expiredTokenIsRefreshedWithThePersistedCopyAndWrittenBeforeUnlocking() {
        server.onRefresh(token -> {
            assertTrue(store.locked(), "the refresh request is sent while the lock is held");
            return rotated("new", 8);
        });
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) run();
        assertTrue(ready.refreshed());
        assertEquals("access-new", ready.accessToken().value());
        assertEquals(1, server.refreshSubmissions("refresh-old"));
        assertEquals(OptionalLong.of(8), store.current().orElseThrow().info().generation());
        assertEquals(expired.info().id(), store.current().orElseThrow().info().id());
        assertEquals(1, store.writes());
    }

    @Test
    void aLockThatCannotBeTakenIsAStoreFailureResultAndKeepsTheSession() {
        store.beforeNextLock(() -> {
            throw new StoreFailure("Could not lock " + InMemorySessionStore.LOCATION, "ClosedChannelException");
        });
        AccessTokenResult.Unavailable unavailable = assertInstanceOf(AccessTokenResult.Unavailable.class, run());
        assertEquals(Problem.STORE_FAILURE, unavailable.problem());
        assertEquals(0, server.journal().size());
        assertEquals(expired, store.current().orElseThrow());
    }

    @Test
    void anotherProcessRefreshedWhileWaitingSoItsSessionIsAdoptedWithoutRequest() {
        StoredSession rotatedElsewhere = TestSessions.session("rotated", LATER);
        store.beforeNextLock(() -> store.presetSession(rotatedElsewhere));
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) run();
        assertEquals("access-rotated", ready.accessToken().value());
        assertEquals(0, server.journal().size());
        assertEquals(0, store.writes());
    }

    @Test
    void refreshUsesThePersistedCopyNotTheStaleOneReadEarlier() {
        StoredSession persistedButStale = TestSessions.session("persisted");
        store.beforeNextLock(() -> store.presetSession(persistedButStale));
        server.onRefresh(rotated("new", 2));
        run();
        assertEquals(0, server.refreshSubmissions("refresh-old"));
        assertEquals(1, server.refreshSubmissions("refresh-persisted"));
    }

    @Test
    void replayWithNoNewerTokenFailsAndNeverResendsTheSpentToken() {
        server.onRefresh(new RefreshResult.ReplayDetected(1));
        AccessTokenResult result = run();
        assertEquals(new AccessTokenResult.Unavailable(Problem.REPLAY_NO_NEWER_TOKEN, Optional.empty()), result);
        assertEquals(1, server.refreshSubmissions("refresh-old"));
        assertEquals(1, server.count("refresh"));
        assertEquals(Optional.of(expired), store.current());
    }

    @Test
    void replayThenNewerFreshSessionOnDiskIsUsedWithoutAnotherRequest() {
        StoredSession newer = TestSessions.session("newer", LATER);
        server.onRefresh(token -> {
            store.presetSession(newer);
            return new RefreshResult.ReplayDetected(0);
        });
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) run();
        assertEquals("access-newer", ready.accessToken().value());
        assertEquals(1, server.count("refresh"));
        assertEquals(Optional.of(newer), store.current());
    }

    @Test
    void replayThenNewerStaleSessionIsRefreshedOnceWithTheNewerToken() {
        StoredSession newerStale = TestSessions.session("newer");
        server.onRefresh(token -> {
            store.presetSession(newerStale);
            return new RefreshResult.ReplayDetected(0);
        }).onRefresh(rotated("newest", 9));
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) run();
        assertEquals("access-newest", ready.accessToken().value());
        assertEquals(1, server.refreshSubmissions("refresh-old"));
        assertEquals(1, server.refreshSubmissions("refresh-newer"));
        assertEquals(OptionalLong.of(9), store.current().orElseThrow().info().generation());
    }

    @Test
    void replayRetryFailingAgainStopsAfterOneRetry() {
        StoredSession newerStale = TestSessions.session("newer");
        server.onRefresh(token -> {
            store.presetSession(newerStale);
            return new RefreshResult.ReplayDetected(0);
        }).onRefresh(new RefreshResult.ReplayDetected(0));
        AccessTokenResult result = run();
        assertEquals(new AccessTokenResult.Unavailable(Problem.RETRY_FAILED, Optional.empty()), result);
        assertEquals(2, server.count("refresh"));
        assertEquals(1, server.refreshSubmissions("refresh-old"));
        assertEquals(Optional.of(newerStale), store.current(), "nothing deleted or overwritten");
        assertEquals(0, store.deletes());
    }

    @Test
    void replayRetryRejectedIsTheSameRetryableFailureAndDeletesNothing() {
        StoredSession newerStale = TestSessions.session("newer");
        server.onRefresh(token -> {
            store.presetSession(newerStale);
            return new RefreshResult.ReplayDetected(0);
        }).onRefresh(new RefreshResult.Rejected("invalid_grant"));
        assertEquals(new AccessTokenResult.Unavailable(Problem.RETRY_FAILED, Optional.empty()), run());
        assertEquals(0, store.deletes());
    }

    @Test
    void replayWhileSessionWasLoggedOutFailsRetryably() {
        server.onRefresh(token -> {
            store.presetAbsent();
            return new RefreshResult.ReplayDetected(0);
        });
        assertEquals(new AccessTokenResult.Unavailable(Problem.SESSION_GONE, Optional.empty()), run());
        assertEquals(1, server.count("refresh"));
    }

    @Test
    void rejectionOfThePersistedSessionDeletesIt() {
        server.onRefresh(new RefreshResult.Rejected("invalid_grant"));
        assertEquals(new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_REJECTED), run());
        assertEquals(1, store.deletes());
        assertInstanceOf(SessionRead.Absent.class, store.state());
    }

    @Test
    void sessionInvalidIsARejectionToo() {
        server.onRefresh(new RefreshResult.Rejected("session_invalid"));
        assertEquals(new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_REJECTED), run());
        assertEquals(1, store.deletes());
    }

    @Test
    void rejectionWhileANewerFreshSessionWasWrittenKeepsAndUsesIt() {
        StoredSession newer = TestSessions.session("newer", LATER);
        server.onRefresh(token -> {
            store.presetSession(newer);
            return new RefreshResult.Rejected("invalid_grant");
        });
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) run();
        assertEquals("access-newer", ready.accessToken().value());
        assertEquals(0, store.deletes());
        assertEquals(0, store.writes());
        assertEquals(Optional.of(newer), store.current());
    }

    @Test
    void rejectionWithANewerStaleSessionRefreshesItOnce() {
        StoredSession newerStale = TestSessions.session("newer");
        server.onRefresh(token -> {
            store.presetSession(newerStale);
            return new RefreshResult.Rejected("invalid_grant");
        }).onRefresh(rotated("newest", 4));
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) run();
        assertEquals("access-newest", ready.accessToken().value());
        assertEquals(1, server.refreshSubmissions("refresh-newer"));
        assertEquals(0, store.deletes());
    }

    @Test
    void rejectionRetryAlsoRejectedDeletesOnlyWhenThatSessionIsStillPersistedAndMakesNoThirdAttempt() {
        StoredSession newerStale = TestSessions.session("newer");
        server.onRefresh(token -> {
            store.presetSession(newerStale);
            return new RefreshResult.Rejected("invalid_grant");
        }).onRefresh(new RefreshResult.Rejected("invalid_grant"));
        assertEquals(new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_REJECTED), run());
        assertEquals(2, server.count("refresh"));
        assertEquals(1, store.deletes());
    }

    @Test
    void rejectionRetryWhileYetAnotherSessionArrivesKeepsItWithoutAThirdAttempt() {
        StoredSession second = TestSessions.session("second");
        StoredSession third = TestSessions.session("third");
        server.onRefresh(token -> {
            store.presetSession(second);
            return new RefreshResult.Rejected("invalid_grant");
        }).onRefresh(token -> {
            store.presetSession(third);
            return new RefreshResult.Rejected("invalid_grant");
        });
        assertEquals(new AccessTokenResult.Unavailable(Problem.SESSION_CHANGED, Optional.empty()), run());
        assertEquals(2, server.count("refresh"));
        assertEquals(Optional.of(third), store.current());
        assertEquals(0, store.deletes());
    }

    @Test
    void aServerFailureNamesTheSessionsServerAndAnotherOneConfigured() {
        GetAccessToken configuredElsewhere = new GetAccessToken(store, server,
                new ServerResolver(FakeSettings.config("https://elsewhere.example.com")), clock, Duration.ofMillis(200));
        ServerFailure lost = new ServerFailure.Transport(ServerFailure.TransportProblem.CONNECTION_LOST);
        server.onRefresh(new RefreshResult.Failed(lost));

        AccessTokenResult.Unavailable result = (AccessTokenResult.Unavailable) configuredElsewhere.execute();

        ServerUsed used = result.server().orElseThrow();
        assertEquals(expired.server().orElseThrow(), used.url(), "the refresh went to the session's own server");
        assertEquals(ServerSource.SESSION, used.source());
        assertEquals("https://elsewhere.example.com", used.elsewhere().orElseThrow().url().value());
        assertEquals(ServerSource.CONFIG_FILE, used.elsewhere().orElseThrow().source());
        assertEquals(2, store.reads(), "the lock-free read and the one under the lock: naming the servers reads no more");
    }

    @Test
    void serverFailuresAndTransportErrorsLeaveTheSessionUntouched() {
        ServerFailure[] failures = {
            new ServerFailure.HttpStatus(503, Optional.empty()),
            new ServerFailure.HttpStatus(429, Optional.of("throttled")),
            new ServerFailure.HttpStatus(409, Optional.of("conflict")),
            new ServerFailure.MalformedAnswer(200, "not JSON"),
            new ServerFailure.Transport(ServerFailure.TransportProblem.TIMEOUT),
        };
        for (ServerFailure failure : failures) {
            server.onRefresh(new RefreshResult.Failed(failure));
            assertEquals(new AccessTokenResult.Unavailable(Problem.SERVER_FAILURE, Optional.of(failure),
                    Optional.of(new ServerUsed(expired.server().orElseThrow(), ServerSource.SESSION, Optional.empty()))), run());
            assertEquals(Optional.of(expired), store.current());
        }
        assertEquals(0, store.writes());
        assertEquals(0, store.deletes());
    }

    @Test
    void lockBusyThenFreshSessionOnDiskIsUsed() {
        StoredSession rotatedElsewhere = TestSessions.session("rotated", LATER);
        store.simulateLockHeldElsewhere(true);
        store.beforeNextLock(() -> store.presetSession(rotatedElsewhere));
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) run();
        assertEquals("access-rotated", ready.accessToken().value());
        assertEquals(0, server.journal().size());
    }

    @Test
    void lockBusyWithNothingFreshIsItsOwnFailureNotALoginRequest() {
        store.simulateLockHeldElsewhere(true);
        assertEquals(new AccessTokenResult.Unavailable(Problem.LOCK_BUSY, Optional.empty()), run());
        assertEquals(0, server.journal().size());
    }

    @Test
    void expiredRefreshTokenNeedsLoginWithoutRequestOrDelete() {
        clock.set(TestSessions.NOW.plus(Duration.ofDays(31)));
        assertEquals(new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_TOKEN_EXPIRED), run());
        assertEquals(0, server.journal().size());
        assertEquals(0, store.deletes());
    }

    @Test
    void absentUnreadableAndNewerFilesAreReportedAndUntouched() {
        store.presetAbsent();
        assertEquals(new AccessTokenResult.NotAuthenticated(), run());
        store.presetUnreadable("line 3:1: unexpected end of input");
        assertInstanceOf(AccessTokenResult.CredentialsProblem.class, run());
        store.presetNewerVersion(2);
        assertInstanceOf(AccessTokenResult.CredentialsProblem.class, run());
        assertEquals(0, store.writes() + store.deletes());
        assertEquals(0, server.journal().size());
    }

    @Test
    void failedWriteKeepsTheOldSessionAndSaysSo() {
        server.onRefresh(rotated("new", 2));
        store.failNextWrite("AccessDeniedException");
        assertEquals(new AccessTokenResult.Unavailable(Problem.STORE_FAILURE, Optional.empty()), run());
        assertEquals(Optional.of(expired), store.current());
    }

    @Test
    void refreshGoesToTheServerRecordedInTheSession() {
        server.onRefresh(rotated("new", 2));
        run();
        assertEquals("https://app.spec-kitty.ai", server.journal().get(0).server().value());
    }
}
