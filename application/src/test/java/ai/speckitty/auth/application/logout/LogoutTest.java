package ai.speckitty.auth.application.logout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.application.testkit.MutableClock;
import ai.speckitty.auth.application.testkit.ScriptedAuthServer;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC §4.5: revoke, then always delete; three honest outcomes. */
class LogoutTest {
    private static final ServerUsed SESSIONS_SERVER = new ServerUsed(
            TestSessions.session("s").server().orElseThrow(), ServerSource.SESSION, Optional.empty());
    private final MutableClock clock = new MutableClock(TestSessions.NOW);
    private final ScriptedAuthServer server = new ScriptedAuthServer();
    private final InMemorySessionStore store = new InMemorySessionStore(TestSessions.session("s"));
    private final FakeSettings settings = FakeSettings.none();
    private final Logout logout = new Logout(store, server, new ServerResolver(settings), clock, Duration.ofMillis(200));

    @ParameterizedTest
    @EnumSource(value = RevokeOutcome.class, names = {"REVOKED", "SERVER_FAILURE", "NETWORK_ERROR"})
    void everyRevokeOutcomeStillDeletesTheLocalSession(RevokeOutcome outcome) {
        server.onRevoke(outcome);
        LogoutResult result = logout.execute(false);
        assertEquals(new LogoutResult.LoggedOut(new Revocation.Attempted(outcome, Optional.of(SESSIONS_SERVER))), result);
        assertEquals(1, store.deletes());
        assertEquals("refresh-s", server.journal().get(0).secretValue());
        assertEquals(1, server.count("revoke"));
    }

    @Test
    void anUnexpectedErrorIsAServerFailureAndTheSessionIsStillDeleted() {
        server.onRevokeThrow(new IllegalStateException("proxy setting unusable"));
        assertEquals(new LogoutResult.LoggedOut(new Revocation.Attempted(RevokeOutcome.SERVER_FAILURE,
                Optional.of(SESSIONS_SERVER))), logout.execute(false));
        assertEquals(1, store.deletes());
    }

    @Test
    void noRefreshTokenMeansNoRequest() {
        StoredSession s = TestSessions.session("s");
        store.presetSession(TestSessions.withoutRefreshToken(s));
        assertEquals(new LogoutResult.LoggedOut(new Revocation.Attempted(RevokeOutcome.NO_REFRESH_TOKEN)),
                logout.execute(false));
        assertEquals(0, server.journal().size());
        assertEquals(1, store.deletes());
    }

    @Test
    void aSessionWithoutAServerIsRevokedAtTheConfiguredOne() {
        StoredSession s = TestSessions.session("s");
        store.presetSession(TestSessions.withServer(s, null));
        settings.configure(new ServerSetting.Configured("https://configured.example.com", ServerSetting.Source.ENVIRONMENT));
        server.onRevoke(RevokeOutcome.REVOKED);

        ServerUrl configured = ServerUrl.parse("https://configured.example.com").url().orElseThrow();
        assertEquals(new LogoutResult.LoggedOut(new Revocation.Attempted(RevokeOutcome.REVOKED,
                Optional.of(new ServerUsed(configured, ServerSource.ENVIRONMENT, Optional.empty())))), logout.execute(false));
        assertEquals("https://configured.example.com", server.journal().get(0).server().value());
    }

    @Test
    void aSessionWithoutAServerAndNothingConfiguredIsDeletedUnrevoked() {
        StoredSession s = TestSessions.session("s");
        store.presetSession(TestSessions.withServer(s, null));

        assertEquals(new LogoutResult.LoggedOut(new Revocation.NoServerKnown()), logout.execute(false));
        assertEquals(0, server.journal().size());
        assertEquals(1, store.deletes());
    }

    @Test
    void theRevocationGoesToTheSessionsServerWhateverIsConfiguredAndTheFileIsReadOnce() {
        settings.configure(new ServerSetting.Configured("https://configured.example.com", ServerSetting.Source.ENVIRONMENT));
        server.onRevoke(RevokeOutcome.REVOKED);

        logout.execute(false);

        assertEquals("https://app.spec-kitty.ai", server.journal().get(0).server().value());
        assertEquals(1, store.reads(), "the read under the lock only");
    }

    @Test
    void forceSkipsTheServer() {
        assertEquals(new LogoutResult.LoggedOut(new Revocation.SkippedByForce()), logout.execute(true));
        assertEquals(0, server.journal().size());
        assertEquals(1, store.deletes());
    }

    @Test
    void failedDeleteIsReportedWithItsErrorType() {
        server.onRevoke(RevokeOutcome.REVOKED);
        store.failNextDelete("AccessDeniedException");
        assertEquals(new LogoutResult.DeleteFailed(new Revocation.Attempted(RevokeOutcome.REVOKED, Optional.of(SESSIONS_SERVER)),
                InMemorySessionStore.LOCATION, "AccessDeniedException"), logout.execute(false));
    }

    @Test
    void notLoggedInIsNotAnError() {
        store.presetAbsent();
        assertEquals(new LogoutResult.NotLoggedIn(), logout.execute(false));
        assertEquals(0, server.journal().size());
    }

    @Test
    void unreadableFileIsKeptAsideNotDestroyed() {
        store.presetUnreadable("line 1:1");
        LogoutResult result = logout.execute(false);
        assertInstanceOf(LogoutResult.UnreadableSetAside.class, result);
        assertEquals(1, store.setAsideLocations().size());
        assertEquals(0, store.deletes());
        assertEquals(0, server.journal().size());
    }

    @Test
    void somethingThatIsNotARegularFileIsNeitherRevokedNorMovedNorDeleted() {
        store.presetNotARegularFile("it is a directory, not a regular file");
        assertEquals(new LogoutResult.NotARegularFile(InMemorySessionStore.LOCATION, "it is a directory, not a regular file"),
                logout.execute(false));
        assertEquals(0, store.setAsideLocations().size());
        assertEquals(0, store.deletes());
        assertEquals(0, server.journal().size());
    }

    @Test
    void newerVersionFileIsLeftAlone() {
        store.presetNewerVersion(3);
        assertEquals(new LogoutResult.FromNewerVersion(InMemorySessionStore.LOCATION, 3), logout.execute(false));
        assertEquals(0, store.deletes());
        assertEquals(0, store.setAsideLocations().size());
    }

    @Test
    void lockBusyChangesNothing() {
        store.simulateLockHeldElsewhere(true);
        assertEquals(new LogoutResult.LockBusy(), logout.execute(false));
        assertEquals(0, store.deletes());
        assertEquals(0, server.journal().size(), "nothing is revoked without the lock");
    }
}
