package ai.speckitty.auth.embedding;

import static ai.speckitty.auth.embedding.SandboxClients.client;
import static ai.speckitty.auth.embedding.SandboxClients.deviceLogin;
import static ai.speckitty.auth.embedding.SandboxClients.home;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.status.StatusReport;
import ai.speckitty.auth.embedding.SandboxClients.RecordingBrowser;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-lived client's watch hears another client's sign-in, refresh and sign-out within 2 s,
 * reads without the lock, and reports only what changed. (The keeper's tests do the same with
 * real CLI processes.)
 */
@Timeout(60)
class SessionWatchTest {
    private static final long PROMISED_MILLIS = 2_000;

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path home;
    private SpecKittyAuth watcher;
    private SpecKittyAuth other;
    private final BlockingQueue<SessionChange> changes = new LinkedBlockingQueue<>();

    @BeforeEach
    void twoClients() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).accessTokenTtl(Duration.ofSeconds(1)).build());
        home = home(dir, "home");
        watcher = client(sandbox, home, new RecordingBrowser());
        other = client(sandbox, home, new RecordingBrowser());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void anotherClientsSignInRefreshAndSignOutAreEachHeardWithinTwoSeconds() throws Exception {
        try (SessionWatch watch = watcher.watch(changes::add)) {
            deviceLogin(other, sandbox, false);
            SessionChange signedIn = within(SessionChange.Kind.SIGNED_IN);
            assertEquals(sandbox.config().user().email(),
                    ((StatusReport.Authenticated) signedIn.status()).session().email().orElseThrow());

            sandbox.setAccessTokenTtl(Duration.ofHours(1));
            other.accessToken();
            within(SessionChange.Kind.REFRESHED);

            other.logout(false);
            SessionChange signedOut = within(SessionChange.Kind.SIGNED_OUT);
            assertInstanceOf(StatusReport.NotAuthenticated.class, signedOut.status());
        }
    }

    @Test
    void theWatchReadsWhileAnotherHolderKeepsTheLock() throws Exception {
        deviceLogin(other, sandbox, false);
        try (SessionWatch watch = watcher.watch(changes::add);
                SessionTransaction held = other.useCases().store().lock(Duration.ofSeconds(5)).orElseThrow()) {
            held.delete();
            within(SessionChange.Kind.SIGNED_OUT);
        }
    }

    @Test
    void aWriteThatChangesNoTokenIsNoChangeAndAClosedWatchHearsNothing() throws Exception {
        deviceLogin(other, sandbox, false);
        SessionWatch watch = watcher.watch(changes::add);
        try (SessionTransaction tx = other.useCases().store().lock(Duration.ofSeconds(5)).orElseThrow()) {
            tx.write(tx.read().presentSession().orElseThrow());
        }
        assertNull(changes.poll(1, TimeUnit.SECONDS), "rewriting the same session is no change");

        watch.close();
        other.logout(true);

        assertTrue(Files.notExists(home.resolve("credentials")));
        assertNull(changes.poll(1, TimeUnit.SECONDS), "a closed watch hears nothing");
    }

    private SessionChange within(SessionChange.Kind expected) throws InterruptedException {
        long start = System.nanoTime();
        SessionChange change = changes.poll(PROMISED_MILLIS, TimeUnit.MILLISECONDS);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        if (change == null) {
            throw new AssertionError("no change heard within " + PROMISED_MILLIS + " ms (expected " + expected + ")");
        }
        assertEquals(expected, change.kind(), "heard after " + tookMillis + " ms: " + change);
        return change;
    }
}
