package ai.speckitty.auth.adapters.cli.signals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exit waits for open sections, bounded, and admits no new one once it has begun. */
class ShutdownGuardTest {

    @Test
    void shutdownWaitsUntilTheOpenSectionCloses() throws Exception {
        ShutdownGuard guard = new ShutdownGuard();
        ShutdownGuard.Section section = guard.enter().orElseThrow();
        long start = System.nanoTime();
        CompletableFuture<Boolean> exit = CompletableFuture.supplyAsync(() -> guard.beginShutdown(Duration.ofSeconds(10)));
        Thread.sleep(300);
        assertFalse(exit.isDone(), "the exit is held while the section is open");
        section.close();
        assertTrue(exit.get(5, TimeUnit.SECONDS), "all sections closed");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300);
    }

    @Test
    void shutdownGivesUpAfterItsBound() {
        ShutdownGuard guard = new ShutdownGuard();
        guard.enter().orElseThrow();
        long start = System.nanoTime();
        assertFalse(guard.beginShutdown(Duration.ofMillis(200)));
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(waited >= 190 && waited < 2_000, "waited " + waited + " ms");
    }

    @Test
    void noSectionOpensOnceShutdownHasBegun() {
        ShutdownGuard guard = new ShutdownGuard();
        assertTrue(guard.beginShutdown(Duration.ZERO), "nothing was open");
        assertTrue(guard.enter().isEmpty());
    }

    @Test
    void closingASectionTwiceReleasesItOnce() {
        ShutdownGuard guard = new ShutdownGuard();
        ShutdownGuard.Section first = guard.enter().orElseThrow();
        guard.enter().orElseThrow();
        first.close();
        first.close();
        assertFalse(guard.beginShutdown(Duration.ofMillis(50)), "the second section is still open");
    }

    @Test
    void aSavedChangeIsRememberedSoAnInterruptedLoginCanSayItSignedIn() {
        ShutdownGuard guard = new ShutdownGuard();
        try (ShutdownGuard.Section unsaved = guard.enter().orElseThrow()) {
            assertFalse(guard.savedAChange(), "nothing saved while the section only reads");
        }
        assertFalse(guard.savedAChange());
        try (ShutdownGuard.Section section = guard.enter().orElseThrow()) {
            section.saved();
        }
        assertTrue(guard.savedAChange());
    }
}
