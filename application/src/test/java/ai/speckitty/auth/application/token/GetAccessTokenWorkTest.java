package ai.speckitty.auth.application.token;

import static ai.speckitty.auth.application.testkit.Grants.rotated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.application.testkit.MutableClock;
import ai.speckitty.auth.application.testkit.ScriptedAuthServer;
import ai.speckitty.auth.application.token.AccessTokenResult.Problem;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The token path does each piece of work once (SPEC §4.3): a fresh token costs one read and no
 * lock; a refresh costs the lock-free read, one lock and the re-read under it. The settings are
 * looked at only to refresh a session that records no server (SPEC §4.1, older files).
 */
class GetAccessTokenWorkTest {
    private static final String SESSION_SERVER = "https://app.spec-kitty.ai";
    private static final String CONFIGURED = "https://configured.example.com";

    private final MutableClock clock = new MutableClock(TestSessions.NOW.plusSeconds(60));
    private final ScriptedAuthServer server = new ScriptedAuthServer();
    private final InMemorySessionStore store = new InMemorySessionStore(TestSessions.session("s"));
    private final FakeSettings settings = FakeSettings.none();
    private final GetAccessToken getAccessToken =
            new GetAccessToken(store, server, new ServerResolver(settings), clock, Duration.ofMillis(200));

    private void expireAccessToken() {
        clock.advance(Duration.ofHours(2));
    }

    private List<String> serversCalled() {
        return server.journal().stream().map(call -> call.server().value()).toList();
    }

    @Test
    void aFreshTokenCostsOneReadNoLockAndNoLookAtTheSettings() {
        AccessTokenResult result = getAccessToken.execute();

        assertEquals("access-s", assertInstanceOf(AccessTokenResult.Ready.class, result).accessToken().value());
        assertEquals(1, store.reads());
        assertEquals(0, store.lockAcquisitions());
        assertEquals(0, settings.lookups());
        assertEquals(0, server.journal().size());
    }

    @Test
    void anExpiredTokenCostsTwoReadsAndOneLock() {
        expireAccessToken();
        server.onRefresh(rotated("new", 8));

        AccessTokenResult result = getAccessToken.execute();

        assertTrue(assertInstanceOf(AccessTokenResult.Ready.class, result).refreshed());
        assertEquals(2, store.reads(), "the lock-free read and the SPEC §4.3 re-read under the lock");
        assertEquals(1, store.lockAcquisitions());
        assertEquals(1, store.writes());
        assertEquals(0, settings.lookups(), "the session records its server");
    }

    @Test
    void startingFromTheCallersReadAddsNoReadOfItsOwn() {
        AccessTokenResult result = getAccessToken.execute(store.read());

        assertInstanceOf(AccessTokenResult.Ready.class, result);
        assertEquals(1, store.reads());
        assertEquals(0, store.lockAcquisitions());
    }

    @Test
    void theRefreshOfASessionThatRecordsItsServerGoesThereWhateverIsConfigured() {
        settings.configure(new ServerSetting.Configured(CONFIGURED, ServerSetting.Source.ENVIRONMENT));
        expireAccessToken();
        server.onRefresh(rotated("new", 8));

        assertInstanceOf(AccessTokenResult.Ready.class, getAccessToken.execute());

        assertEquals(List.of(SESSION_SERVER), serversCalled());
        assertEquals(0, settings.lookups());
    }

    @Test
    void aFreshSessionWithoutAServerNeverLooksAtTheSettings() {
        store.presetSession(TestSessions.withServer(TestSessions.session("s"), null));

        assertInstanceOf(AccessTokenResult.Ready.class, getAccessToken.execute());

        assertEquals(0, settings.lookups());
    }

    @Test
    void theRefreshOfASessionWithoutAServerGoesToTheConfiguredOneResolvedOnce() {
        store.presetSession(TestSessions.withServer(TestSessions.session("s"), null));
        settings.configure(new ServerSetting.Configured(CONFIGURED, ServerSetting.Source.CONFIG_FILE));
        expireAccessToken();
        server.onRefresh(rotated("new", 8));

        AccessTokenResult result = getAccessToken.execute();

        assertTrue(assertInstanceOf(AccessTokenResult.Ready.class, result).refreshed());
        assertEquals(List.of(CONFIGURED), serversCalled());
        assertEquals(1, settings.lookups());
        assertEquals(2, store.reads());
        assertEquals(1, store.lockAcquisitions());
    }

    @Test
    void aSessionWithoutAServerAndNothingConfiguredCannotBeRefreshedAndIsKept() {
        StoredSession serverless = TestSessions.withServer(TestSessions.session("s"), null);
        store.presetSession(serverless);
        expireAccessToken();

        AccessTokenResult result = getAccessToken.execute();

        assertEquals(new AccessTokenResult.Unavailable(Problem.NO_SERVER, Optional.empty()), result);
        assertEquals(0, server.journal().size());
        assertEquals(Optional.of(serverless), store.current());
        assertEquals(1, settings.lookups());
    }

    @Test
    void anUnusableConfiguredServerIsNoFallbackForASessionWithoutOne() {
        store.presetSession(TestSessions.withServer(TestSessions.session("s"), null));
        settings.configure(new ServerSetting.Configured("http://plain.example.com", ServerSetting.Source.ENVIRONMENT));
        expireAccessToken();

        AccessTokenResult result = getAccessToken.execute();

        assertEquals(new AccessTokenResult.Unavailable(Problem.NO_SERVER, Optional.empty()), result);
        assertEquals(0, server.journal().size());
    }
}
