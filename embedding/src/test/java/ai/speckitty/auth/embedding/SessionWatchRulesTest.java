package ai.speckitty.auth.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.status.ShowStatus;
import ai.speckitty.auth.application.status.StatusReport;
import ai.speckitty.auth.adapters.store.EnvironmentSettings;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.User;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watch's rules: what counts as the same session, a read that fails, and a listener that closes it. */
@Timeout(30)
class SessionWatchRulesTest {
    private static final ServerResolution NO_SERVER =
            new ServerResolution(Optional.empty(), ServerSource.NONE, Optional.empty(), Optional.empty(), Optional.empty());

    @TempDir
    Path dir;

    @Test
    void anotherUsersLoginOverA2xFileWithoutSessionIdIsASignIn() {
        StoredSession legacy = TestSessions.legacy();
        StoredSession otherUser = new StoredSession(legacy.server(), legacy.tokens(), legacy.info(),
                new User(Optional.empty(), Optional.of("new@example.com"), Optional.empty(), Optional.empty()), legacy.teams());
        assertEquals(Optional.of(SessionChange.Kind.SIGNED_IN), SessionWatch.kindOfChange(status(legacy), status(otherUser)));
    }

    @Test
    void theSameUsersNewTokensInA2xFileAreARefresh() {
        StoredSession legacy = TestSessions.legacy();
        StoredSession refreshed = TestSessions.withExpiries(legacy, TestSessions.NOW.plusSeconds(3600), Optional.empty());
        assertEquals(Optional.of(SessionChange.Kind.REFRESHED), SessionWatch.kindOfChange(status(legacy), status(refreshed)));
    }

    @Test
    void aChangeWhoseReadFailedIsReportedByTheNextLook() throws Exception {
        Path home = home();
        AtomicBoolean failNextRead = new AtomicBoolean();
        ShowStatus show = new ShowStatus(new FailingReads(new TomlSessionStore(home, Clock.systemUTC(), "test"), failNextRead),
                new ServerResolver(new EnvironmentSettings(Map.of(), home)), Clock.systemUTC());
        BlockingQueue<SessionChange> changes = new LinkedBlockingQueue<>();
        try (SessionWatch watch = SessionWatch.start(show, home, Duration.ofMillis(50), changes::add)) {
            failNextRead.set(true);
            write(home, TestSessions.onWallClock("new").build());
            SessionChange change = changes.poll(2, TimeUnit.SECONDS);
            assertEquals(SessionChange.Kind.SIGNED_IN, change == null ? null : change.kind(), "the change is not lost");
            assertTrue(!failNextRead.get(), "a read failed on the way");
        }
    }

    @Test
    void aListenerThatClosesTheWatchDoesNotWaitForItself() throws Exception {
        Path home = home();
        ShowStatus show = new ShowStatus(new TomlSessionStore(home, Clock.systemUTC(), "test"),
                new ServerResolver(new EnvironmentSettings(Map.of(), home)), Clock.systemUTC());
        CompletableFuture<Long> closeMillis = new CompletableFuture<>();
        SessionWatch[] watch = new SessionWatch[1];
        watch[0] = SessionWatch.start(show, home, Duration.ofMillis(50), change -> {
            long start = System.nanoTime();
            watch[0].close();
            closeMillis.complete((System.nanoTime() - start) / 1_000_000);
        });
        write(home, TestSessions.onWallClock("new").build());
        long millis = closeMillis.get(10, TimeUnit.SECONDS);
        assertTrue(millis < 1_000, "close from the listener returned at once, not after " + millis + " ms");
    }

    private Path home() throws Exception {
        return Files.createDirectory(dir.resolve("home"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static void write(Path home, StoredSession session) {
        try (SessionTransaction tx = new TomlSessionStore(home, Clock.systemUTC(), "test").lock(Duration.ofSeconds(5)).orElseThrow()) {
            tx.write(session);
        }
    }

    private static StatusReport status(StoredSession session) {
        return new StatusReport.Authenticated(SessionSummary.of(session, NO_SERVER, TestSessions.NOW));
    }

    /** A store whose next read fails unexpectedly, as a read racing something odd might. */
    private record FailingReads(SessionStore store, AtomicBoolean failNextRead) implements SessionStore {
        @Override
        public SessionRead read() {
            if (failNextRead.compareAndSet(true, false)) {
                throw new IllegalStateException("a read that failed");
            }
            return store.read();
        }

        @Override
        public java.util.Optional<SessionTransaction> lock(Duration timeout) {
            return store.lock(timeout);
        }

        @Override
        public String location() {
            return store.location();
        }
    }
}
