package ai.speckitty.auth.application.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest extends SessionStoreContract {

    @Override
    protected SessionStore newStore() {
        return new InMemorySessionStore();
    }

    @Override
    protected void makeUnreadable(SessionStore store) {
        ((InMemorySessionStore) store).presetUnreadable("not valid TOML: syntax error at line 1, column 1");
    }

    @Test
    void presetsAreReadWithoutCountingAsWrites() {
        InMemorySessionStore store = new InMemorySessionStore(TestSessions.session("preset"));
        assertEquals(new SessionRead.Present(TestSessions.session("preset")), store.read());
        store.presetNewerVersion(2);
        assertEquals(new SessionRead.FromNewerVersion(InMemorySessionStore.LOCATION, 2), store.read());
        assertEquals(0, store.writes());
        assertEquals(0, store.deletes());
    }

    @Test
    void countsWritesDeletesAndSetAsides() {
        InMemorySessionStore store = new InMemorySessionStore();
        try (SessionTransaction tx = store.lock(Duration.ZERO).orElseThrow()) {
            tx.write(TestSessions.session("a"));
            tx.write(TestSessions.session("b"));
            tx.delete();
            tx.delete();
        }
        store.presetUnreadable("garbage");
        try (SessionTransaction tx = store.lock(Duration.ZERO).orElseThrow()) {
            tx.setAside(TestSessions.NOW);
        }
        assertEquals(List.of(TestSessions.session("a"), TestSessions.session("b")), store.writtenSessions());
        assertEquals(1, store.deletes());
        assertEquals(1, store.setAsideLocations().size());
        assertEquals(2, store.lockAcquisitions());
    }

    @Test
    void aSimulatedBusyLockTimesOutAtOnceAfterTheOtherProcessActed() {
        InMemorySessionStore store = new InMemorySessionStore(TestSessions.session("stale"));
        store.simulateLockHeldElsewhere(true);
        store.beforeNextLock(() -> store.presetSession(TestSessions.session("refreshed-elsewhere")));
        assertEquals(Optional.empty(), store.lock(Duration.ofHours(1)));
        assertEquals(1, store.lockTimeouts());
        assertEquals(Optional.of(TestSessions.session("refreshed-elsewhere")), store.current());
        assertEquals(0, store.writes());
    }

    @Test
    void injectedFailuresChangeNothingAndNameTheirType() {
        InMemorySessionStore store = new InMemorySessionStore(TestSessions.session("kept"));
        store.failNextWrite("AccessDeniedException");
        store.failNextDelete("FileSystemException");
        try (SessionTransaction tx = store.lock(Duration.ZERO).orElseThrow()) {
            StoreFailure write = assertThrows(StoreFailure.class, () -> tx.write(TestSessions.session("new")));
            StoreFailure delete = assertThrows(StoreFailure.class, tx::delete);
            assertEquals("AccessDeniedException", write.errorType());
            assertEquals("FileSystemException", delete.errorType());
            assertTrue(store.locked());
        }
        assertEquals(Optional.of(TestSessions.session("kept")), store.current());
        assertEquals(0, store.writes());
        assertEquals(0, store.deletes());
        assertSame(false, store.locked());
        assertInstanceOf(SessionRead.Present.class, store.read());
    }
}
