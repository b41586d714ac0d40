package ai.speckitty.auth.embedding;

import static ai.speckitty.auth.embedding.SandboxClients.client;
import static ai.speckitty.auth.embedding.SandboxClients.deviceLogin;
import static ai.speckitty.auth.embedding.SandboxClients.home;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.embedding.SandboxClients.RecordingBrowser;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads of two clients (standing in for two front ends on one home) ask for a token at the
 * same moment of an expired session: one refresh (SPEC §4.3 step 4), one token for all; and a
 * minimum remaining validity refreshes a token that is fresh but too short-lived.
 */
@Timeout(60)
class ConcurrentTokensTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path home;

    @BeforeEach
    void expiredSession() throws Exception {
        // Tokens of 1 s count as expired at once (SPEC §4.2's 5 s margin): the login leaves an expired session.
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).accessTokenTtl(Duration.ofSeconds(1)).build());
        home = home(dir, "home");
        deviceLogin(client(sandbox, home, new RecordingBrowser()), sandbox, false);
        sandbox.setAccessTokenTtl(Duration.ofHours(1));
        sandbox.journal().clear();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void thirtyTwoThreadsOfTwoClientsOnOneExpiredSessionCauseOneRefreshAndShareOneToken() throws Exception {
        // The refresh answers late, so every thread is asking while it is under way.
        sandbox.injectFault("/oauth/token", Fault.slow(Duration.ofMillis(500)), 1);
        List<SpecKittyAuth> clients = List.of(client(sandbox, home, new RecordingBrowser()),
                client(sandbox, home, new RecordingBrowser()));

        List<AccessTokenResult> results = race(32, i -> clients.get(i % 2).accessToken());

        assertEquals(1, sandbox.journal().countRefreshSubmissions(), "refresh requests");
        assertTrue(results.stream().allMatch(AccessTokenResult.Ready.class::isInstance), results::toString);
        assertEquals(1, results.stream().map(r -> ((AccessTokenResult.Ready) r).accessToken().value()).distinct().count(),
                "distinct tokens");
        assertEquals(1, results.stream().filter(r -> ((AccessTokenResult.Ready) r).refreshed()).count(),
                "one thread refreshed; the others adopted its session");
    }

    @Test
    void aMinimumValidityLongerThanTheTokenHasLeftRefreshesAndAShorterOneDoesNot() {
        SpecKittyAuth auth = client(sandbox, home, new RecordingBrowser());
        AccessTokenResult fresh = auth.accessToken();
        assertTrue(((AccessTokenResult.Ready) fresh).refreshed(), "the expired session was refreshed once");

        AccessTokenResult enough = auth.accessToken(Duration.ofMinutes(50));
        AccessTokenResult tooShort = auth.accessToken(Duration.ofMinutes(70));

        assertFalse(((AccessTokenResult.Ready) enough).refreshed(), "a token with an hour left serves 50 minutes");
        assertTrue(assertInstanceOf(AccessTokenResult.Ready.class, tooShort).refreshed(), "but not 70");
        assertEquals(2, sandbox.journal().countRefreshSubmissions());
    }

    /** Runs {@code ask} on {@code threads} threads released together. */
    private static List<AccessTokenResult> race(int threads, java.util.function.IntFunction<AccessTokenResult> ask)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<AccessTokenResult>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                asked.add(pool.submit(() -> {
                    go.await();
                    return ask.apply(index);
                }));
            }
            go.countDown();
            List<AccessTokenResult> results = new ArrayList<>();
            for (Future<AccessTokenResult> one : asked) {
                results.add(one.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
