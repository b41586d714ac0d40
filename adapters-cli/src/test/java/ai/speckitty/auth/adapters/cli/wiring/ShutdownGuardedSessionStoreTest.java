package ai.speckitty.auth.adapters.cli.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.cli.signals.ShutdownGuard;
import ai.speckitty.auth.adapters.cli.signals.ShutdownInProgress;
import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transaction on the real file store holds the exit until it closes; none starts after the exit began. */
class ShutdownGuardedSessionStoreTest {
    @TempDir
    Path root;

    private TomlSessionStore fileStore() {
        return new TomlSessionStore(root, Clock.systemUTC(), "test");
    }

    @Test
    void aReadAsksForNoGuardSoReadOnlyCommandsInstallNoShutdownHook() throws Exception {
        Files.writeString(root.resolve("credentials"), "schema_version = 1\n");
        int[] asked = {0};
        ShutdownGuardedSessionStore store = new ShutdownGuardedSessionStore(fileStore(), () -> {
            asked[0]++;
            return new ShutdownGuard();
        });
        store.read();
        assertEquals(0, asked[0], "a read needs no guard");
        store.lock(Duration.ofSeconds(5)).orElseThrow().close();
        assertEquals(1, asked[0], "a transaction asks for it");
    }

    @Test
    void theExitWaitsForTheOpenTransactionToFinishItsChange() throws Exception {
        ShutdownGuard guard = new ShutdownGuard();
        Files.writeString(root.resolve("credentials"), "schema_version = 1\n");
        ShutdownGuardedSessionStore store = new ShutdownGuardedSessionStore(fileStore(), () -> guard);
        SessionTransaction tx = store.lock(Duration.ofSeconds(5)).orElseThrow();
        CompletableFuture<Boolean> exit = CompletableFuture.supplyAsync(() -> guard.beginShutdown(Duration.ofSeconds(10)));
        Thread.sleep(200);
        assertFalse(exit.isDone(), "the exit is held while the transaction is open");
        assertTrue(tx.delete(), "the change still happens after the exit began");
        tx.close();
        assertTrue(exit.get(5, TimeUnit.SECONDS));
        assertFalse(Files.exists(root.resolve("credentials")));
    }

    @Test
    void aTransactionAfterTheExitBeganIsRefusedAndLeavesTheLockFree() {
        ShutdownGuard guard = new ShutdownGuard();
        guard.beginShutdown(Duration.ZERO);
        ShutdownGuardedSessionStore store = new ShutdownGuardedSessionStore(fileStore(), () -> guard);
        ShutdownInProgress refused = assertThrows(ShutdownInProgress.class, () -> store.lock(Duration.ofSeconds(5)));
        assertTrue(refused.getMessage().contains("exiting"), refused.getMessage());
        Optional<SessionTransaction> again = fileStore().lock(Duration.ofMillis(200));
        assertTrue(again.isPresent(), "the refused transaction released the lock");
        again.get().close();
    }

    @Test
    void waitingForABusyLockDoesNotHoldTheExit() throws Exception {
        ShutdownGuard guard = new ShutdownGuard();
        ShutdownGuardedSessionStore store = new ShutdownGuardedSessionStore(fileStore(), () -> guard);
        try (SessionTransaction holder = fileStore().lock(Duration.ofSeconds(5)).orElseThrow()) {
            assertTrue(store.lock(Duration.ofMillis(100)).isEmpty(), "the lock is busy");
            assertTrue(guard.beginShutdown(Duration.ZERO), "a lock that was never taken opens no section");
        }
    }
}
