package ai.speckitty.auth.application.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} must do (SPEC §3, §4.3); a store's test extends this and supplies
 * fresh stores. Other threads stand in for other holders of the lock.
 */
public abstract class SessionStoreContract {
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** A new, empty store (no session persisted). */
    protected abstract SessionStore newStore();

    /** Persists something that cannot be read as a session into {@code store}. */
    protected abstract void makeUnreadable(SessionStore store) throws Exception;

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(20, TimeUnit.SECONDS), "helper threads did not finish");
    }

    @Test
    void aNewStoreHasNoSession() {
        assertInstanceOf(SessionRead.Absent.class, newStore().read());
    }

    @Test
    void aWrittenSessionReadsBackEqual() {
        SessionStore store = newStore();
        StoredSession session = TestSessions.session("round-trip");
        try (SessionTransaction tx = lock(store)) {
            tx.write(session);
            assertEquals(new SessionRead.Present(session), tx.read());
        }
        assertEquals(new SessionRead.Present(session), store.read());
    }

    @Test
    void aWriteUnderTheLockIsVisibleToALockFreeReadBeforeRelease() {
        SessionStore store = newStore();
        StoredSession session = TestSessions.session("visible");
        try (SessionTransaction tx = lock(store)) {
            tx.write(session);
            assertEquals(new SessionRead.Present(session), store.read());
        }
    }

    @Test
    void aLaterWriteReplacesTheEarlierOne() {
        SessionStore store = newStore();
        write(store, TestSessions.session("first"));
        write(store, TestSessions.session("second"));
        assertEquals(new SessionRead.Present(TestSessions.session("second")), store.read());
    }

    @Test
    void deleteRemovesTheSessionAndSaysWhetherThereWasOne() {
        SessionStore store = newStore();
        write(store, TestSessions.session("doomed"));
        try (SessionTransaction tx = lock(store)) {
            assertTrue(tx.delete());
            assertInstanceOf(SessionRead.Absent.class, tx.read());
            assertFalse(tx.delete());
        }
        assertInstanceOf(SessionRead.Absent.class, store.read());
    }

    @Test
    void anUnreadableSessionNamesTheStoreAndStaysUnreadableAfterReads() throws Exception {
        SessionStore store = newStore();
        makeUnreadable(store);
        SessionRead first = store.read();
        SessionRead.Unreadable unreadable = assertInstanceOf(SessionRead.Unreadable.class, first);
        assertEquals(store.location(), unreadable.location());
        assertEquals(first, store.read());
        try (SessionTransaction tx = lock(store)) {
            assertEquals(first, tx.read());
        }
    }

    @Test
    void setAsideMovesAnUnreadableSessionOutOfTheWay() throws Exception {
        SessionStore store = newStore();
        makeUnreadable(store);
        try (SessionTransaction tx = lock(store)) {
            String aside = tx.setAside(TestSessions.NOW);
            assertNotEquals(store.location(), aside);
            assertInstanceOf(SessionRead.Absent.class, tx.read());
            tx.write(TestSessions.session("fresh-login"));
        }
        assertEquals(new SessionRead.Present(TestSessions.session("fresh-login")), store.read());
    }

    @Test
    void lockGivesUpAfterTheTimeoutWhileAnotherHolderKeepsIt() throws Exception {
        SessionStore store = newStore();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> {
            try (SessionTransaction tx = lock(store)) {
                held.countDown();
                release.await();
            }
            return null;
        });
        assertTrue(held.await(GENEROUS.toSeconds(), TimeUnit.SECONDS));
        try {
            assertEquals(Optional.empty(), store.lock(Duration.ofMillis(200)));
            assertEquals(Optional.empty(), store.lock(Duration.ZERO));
        } finally {
            release.countDown();
        }
        holder.get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
        try (SessionTransaction tx = lock(store)) {
            assertInstanceOf(SessionRead.Absent.class, tx.read());
        }
    }

    @Test
    void aWaiterProceedsOnceTheHolderReleasesAndSeesItsWrite() throws Exception {
        SessionStore store = newStore();
        SessionTransaction mine = lock(store);
        Future<SessionRead> waiter;
        try {
            mine.write(TestSessions.session("before"));
            waiter = threads.submit(() -> {
                try (SessionTransaction tx = store.lock(GENEROUS).orElseThrow()) {
                    return tx.read();
                }
            });
            // The waiter must still be waiting while the lock is held.
            assertThrows(java.util.concurrent.TimeoutException.class, () -> waiter.get(150, TimeUnit.MILLISECONDS));
            mine.write(TestSessions.session("after"));
        } finally {
            mine.close();
        }
        assertEquals(new SessionRead.Present(TestSessions.session("after")), waiter.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void aTransactionReadsTheLatestSessionNotTheOneReadBefore() throws Exception {
        SessionStore store = newStore();
        write(store, TestSessions.session("old"));
        SessionRead seenWithoutLock = store.read();
        // Another holder replaces the session between our lock-free read and our lock.
        threads.submit(() -> write(store, TestSessions.session("new"))).get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
        try (SessionTransaction tx = lock(store)) {
            assertEquals(new SessionRead.Present(TestSessions.session("old")), seenWithoutLock);
            assertEquals(new SessionRead.Present(TestSessions.session("new")), tx.read());
        }
    }

    @Test
    void concurrentReadModifyWriteTransactionsLoseNoUpdate() throws Exception {
        SessionStore store = newStore();
        write(store, TestSessions.withGeneration(TestSessions.session("counter"), 0));
        int workers = 4;
        int rounds = 10;
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            done.add(threads.submit(() -> {
                for (int r = 0; r < rounds; r++) {
                    try (SessionTransaction tx = store.lock(GENEROUS).orElseThrow()) {
                        StoredSession current = ((SessionRead.Present) tx.read()).session();
                        long next = current.info().generation().orElseThrow() + 1;
                        Thread.yield();
                        tx.write(TestSessions.withGeneration(current, next));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(GENEROUS.toSeconds() * 3, TimeUnit.SECONDS);
        }
        StoredSession last = ((SessionRead.Present) store.read()).session();
        assertEquals(workers * rounds, last.info().generation().orElseThrow());
    }

    @Test
    void aClosedTransactionRefusesUseAndFreesTheLock() {
        SessionStore store = newStore();
        SessionTransaction tx = lock(store);
        tx.close();
        tx.close();
        assertThrows(IllegalStateException.class, () -> tx.write(TestSessions.session("late")));
        assertThrows(IllegalStateException.class, tx::read);
        try (SessionTransaction again = store.lock(Duration.ZERO).orElseThrow()) {
            assertInstanceOf(SessionRead.Absent.class, again.read());
        }
    }

    private static SessionTransaction lock(SessionStore store) {
        return store.lock(GENEROUS).orElseThrow(() -> new AssertionError("lock not acquired"));
    }

    private static Void write(SessionStore store, StoredSession session) {
        try (SessionTransaction tx = lock(store)) {
            tx.write(session);
        }
        return null;
    }
}
