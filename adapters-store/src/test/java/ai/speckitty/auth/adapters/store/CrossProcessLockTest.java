package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.LockState;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StorageInspector.UnstickResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentials lock between real processes (SPEC §3): child JVMs hold, wait and die. */
class CrossProcessLockTest {
    private static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @Test
    void aSecondProcessWaitsForTheHolderThenProceedsWithItsLastWrite() throws Exception {
        Path log = home.resolve("order.log");
        try (ChildJvm holder = ChildJvm.start("hold", home.toString(), "holder");
                ChildJvm waiter = spawnAfterLocked(holder, "wait", home.toString(), log.toString())) {
            waiter.awaitLine("WAITING", START);
            // The waiter is now polling; it must not get in while the holder has the lock.
            Thread.sleep(500);
            assertFalse(waiter.hasPrinted("ACQUIRED"), "the waiter got the lock while it was held");
            assertFalse(Files.exists(log), "the waiter got the lock while it was held");
            holder.send("release");
            holder.awaitLine("RELEASED", START);
            assertEquals("ACQUIRED sess_holder-final", waiter.awaitLine("ACQUIRED", START));
            assertEquals(0, waiter.awaitExit(START));
            assertEquals(0, holder.awaitExit(START));
        }
        assertEquals(List.of("waiter acquired"), Files.readAllLines(log));
    }

    @Test
    void whileHeldAnotherProcessSeesTheHolderRecordWithItsPid() throws Exception {
        FileStorageInspector inspector = new FileStorageInspector(home);
        try (ChildJvm holder = ChildJvm.start("hold", home.toString(), "recorded")) {
            String locked = holder.awaitLine("LOCKED", START);
            LockState state = inspector.inspect().lock();
            assertTrue(state.held());
            LockHolder record = state.holder().orElseThrow(() -> new AssertionError("no holder record while held"));
            assertEquals(holder.pid(), record.pid());
            assertEquals(Long.parseLong(locked.substring("LOCKED ".length())), record.pid());
            assertEquals("child-test", record.version());
            assertEquals(HostName.current(), record.host());
            assertTrue(record.startedAt().isPresent());
            assertEquals(UnstickResult.HELD_BY_LIVE_PROCESS, inspector.clearStaleLockRecord());
            assertEquals(Optional.empty(), new TomlSessionStore(home, Clock.systemUTC(), "test").lock(Duration.ofMillis(100)));

            holder.send("release");
            assertEquals(0, holder.awaitExit(START));
        }
        LockState after = inspector.inspect().lock();
        assertFalse(after.held());
        assertEquals(Optional.empty(), after.holder(), "the record is truncated on release");
    }

    @Test
    void aHolderKilledWithSigkillFreesTheLockAtOnceAndTheFileSurvives() throws Exception {
        Path lockFile = home.resolve("credentials.lock");
        Object fileKeyBefore;
        long killedPid;
        try (ChildJvm holder = ChildJvm.start("hold", home.toString(), "doomed")) {
            holder.awaitLine("LOCKED", START);
            fileKeyBefore = fileKey(lockFile);
            killedPid = holder.pid();
            holder.kill();
        }
        FileStorageInspector inspector = new FileStorageInspector(home);
        LockState stale = inspector.inspect().lock();
        assertFalse(stale.held(), "the OS lock dies with its process");
        assertEquals(killedPid, stale.holder().orElseThrow(() -> new AssertionError("the stale record is gone")).pid());

        // The next process gets the lock without any cleanup, well before its timeout.
        try (ChildJvm next = ChildJvm.start("probe", home.toString())) {
            assertEquals("FREE", next.awaitLine("", START));
        }
        TomlSessionStore store = new TomlSessionStore(home, Clock.systemUTC(), "test");
        try (SessionTransaction tx = store.lock(Duration.ofSeconds(5)).orElseThrow()) {
            assertTrue(tx.read() instanceof ai.speckitty.auth.application.port.SessionRead.Present);
        }
        assertEquals(fileKeyBefore, fileKey(lockFile), "the lock file was replaced or deleted");
    }

    @Test
    void theLockFileIsNeverReplacedAcrossManyHolders() throws Exception {
        TomlSessionStore store = new TomlSessionStore(home, Clock.systemUTC(), "test");
        store.lock(Duration.ZERO).orElseThrow().close();
        Object key = fileKey(home.resolve("credentials.lock"));
        for (int i = 0; i < 2; i++) {
            try (ChildJvm holder = ChildJvm.start("hold", home.toString(), "h" + i)) {
                holder.awaitLine("LOCKED", START);
                holder.send("release");
                assertEquals(0, holder.awaitExit(START));
            }
        }
        try (SessionTransaction tx = store.lock(Duration.ZERO).orElseThrow()) {
            tx.delete();
        }
        assertEquals(key, fileKey(home.resolve("credentials.lock")));
        assertEquals(UnstickResult.NOTHING_TO_CLEAR, new FileStorageInspector(home).clearStaleLockRecord());
    }

    private static ChildJvm spawnAfterLocked(ChildJvm holder, String... args) throws Exception {
        holder.awaitLine("LOCKED", START);
        return ChildJvm.start(args);
    }

    private static Object fileKey(Path path) throws java.io.IOException {
        Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        assertTrue(key != null, "this file system has no file keys");
        return key;
    }
}
