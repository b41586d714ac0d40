package ai.speckitty.auth.application.token;

import static ai.speckitty.auth.application.testkit.Grants.rotated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.application.testkit.MutableClock;
import ai.speckitty.auth.application.testkit.ScriptedAuthServer;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SPEC §4.3 step 8: a caller's minimum remaining validity, alone and with many threads at once. */
class GetAccessTokenMinValidityTest {
    /** Sessions issued at NOW carry a 1 h access token. */
    private final StoredSession session = TestSessions.session("old");
    private final MutableClock clock = new MutableClock(TestSessions.NOW.plus(Duration.ofMinutes(40)));
    private final ScriptedAuthServer server = new ScriptedAuthServer();
    private final InMemorySessionStore store = new InMemorySessionStore(session);
    private final GetAccessToken getAccessToken = new GetAccessToken(store, server,
            new ServerResolver(FakeSettings.none()), clock, Duration.ofSeconds(10));

    @Test
    void aTokenValidLongEnoughIsUsedWithoutLockOrRequest() {
        AccessTokenResult.Ready ready = assertInstanceOf(AccessTokenResult.Ready.class,
                getAccessToken.execute(Duration.ofMinutes(10)));
        assertFalse(ready.refreshed());
        assertEquals("access-old", ready.accessToken().value());
        assertEquals(0, store.lockAcquisitions());
        assertEquals(0, server.journal().size());
    }

    @Test
    void aTokenValidButShorterThanAskedIsRefreshed() {
        server.onRefresh(rotated("new", 2));
        AccessTokenResult.Ready ready = assertInstanceOf(AccessTokenResult.Ready.class,
                getAccessToken.execute(Duration.ofMinutes(30)));
        assertTrue(ready.refreshed());
        assertEquals("access-new", ready.accessToken().value());
        assertEquals(1, server.refreshSubmissions("refresh-old"));
        assertEquals(1, store.writes());
    }

    @Test
    void aTokenJustRefreshedIsReturnedEvenWhenTheServersLifetimeIsShorterThanAsked() {
        server.onRefresh(rotated("new", 2));
        AccessTokenResult.Ready ready = assertInstanceOf(AccessTokenResult.Ready.class,
                getAccessToken.execute(Duration.ofHours(2)));
        assertTrue(ready.refreshed());
        assertEquals(1, server.count("refresh"));
    }

    @Test
    void aNegativeMinimumIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> getAccessToken.execute(Duration.ofSeconds(-1)));
    }

    @Test
    @Timeout(30)
    void manyThreadsAskingForLongerThanTheServersLifetimeCauseOneRefresh() throws Exception {
        int threads = 8;
        AtomicInteger refreshes = new AtomicInteger();
        server.onRefresh(token -> {
            // Every thread has read the old session lock-free (plus this one's locked re-read) before the refresh answers.
            awaitReads(threads + 1);
            return rotated("new" + refreshes.incrementAndGet(), 2);
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AccessTokenResult>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                asked.add(pool.submit(() -> {
                    go.await();
                    return getAccessToken.execute(Duration.ofHours(2));
                }));
            }
            go.countDown();
            for (Future<AccessTokenResult> one : asked) {
                AccessTokenResult.Ready ready = assertInstanceOf(AccessTokenResult.Ready.class, one.get(20, TimeUnit.SECONDS));
                assertEquals("access-new1", ready.accessToken().value());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, refreshes.get());
        assertEquals(1, store.writes());
    }

    private void awaitReads(int count) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (store.reads() < count && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
    }
}
