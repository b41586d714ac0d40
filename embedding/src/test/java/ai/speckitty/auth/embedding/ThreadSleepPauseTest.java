package ai.speckitty.auth.embedding;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real pause sleeps at least as long as asked and gives way to an interrupt (Ctrl-C). */
@Timeout(30)
class ThreadSleepPauseTest {
    private final ThreadSleepPause pause = new ThreadSleepPause();

    @Test
    void sleepsAtLeastTheDuration() throws InterruptedException {
        long start = System.nanoTime();

        pause.sleep(Duration.ofMillis(50));

        assertTrue(System.nanoTime() - start >= Duration.ofMillis(50).toNanos());
    }

    @Test
    void anInterruptedThreadStopsWaitingWithInterruptedException() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> pause.sleep(Duration.ofSeconds(60)));
        } finally {
            Thread.interrupted();
        }
    }
}
