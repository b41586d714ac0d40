package ai.speckitty.auth.adapters.cli.signals;

import java.time.Duration;
import java.util.Optional;

/**
 * Work that must finish before the process exits. On SIGINT or SIGTERM the JVM runs its shutdown
 * hooks and then halts (exit 130 or 143) while other threads are still running; the process-wide
 * guard's hook holds the halt until every open {@link Section} has closed (bounded), and once
 * shutdown has begun no new section may open.
 */
public final class ShutdownGuard {
    /**
     * The longest a hook holds the exit: two 10 s request deadlines (a SPEC §4.4 retry sends a
     * second refresh in the same transaction) plus a margin for the write.
     */
    public static final Duration EXIT_BOUND = Duration.ofSeconds(25);

    private static final class ProcessWide {
        static final ShutdownGuard GUARD = installed();

        private static ShutdownGuard installed() {
            ShutdownGuard guard = new ShutdownGuard();
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> guard.beginShutdown(EXIT_BOUND), "finish-before-exit"));
            } catch (IllegalStateException exiting) {
                // First used after the signal: the process is exiting, so no change may start.
                guard.beginShutdown(Duration.ZERO);
            }
            return guard;
        }
    }

    private int open;
    private boolean shuttingDown;
    private boolean changeSaved;

    /** A guard of its own, which no hook runs (tests); the product uses {@link #process()}. */
    public ShutdownGuard() {
    }

    /** The guard whose shutdown hook this JVM runs (installed on first use). */
    public static ShutdownGuard process() {
        return ProcessWide.GUARD;
    }

    /** Opens a section the exit waits for; empty once shutdown has begun. */
    public synchronized Optional<Section> enter() {
        if (shuttingDown) {
            return Optional.empty();
        }
        open++;
        return Optional.of(new Section());
    }

    /**
     * Refuses new sections and waits until the open ones have closed or {@code bound} has passed;
     * true when all closed.
     */
    public synchronized boolean beginShutdown(Duration bound) {
        shuttingDown = true;
        long deadline = System.nanoTime() + bound.toNanos();
        while (open > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** True once any section recorded a saved change (so an interrupted login can tell it signed in). */
    public synchronized boolean savedAChange() {
        return changeSaved;
    }

    private synchronized void leave() {
        open--;
        notifyAll();
    }

    /** One piece of work the exit waits for; closing it (once or more) lets the exit go on. */
    public final class Section implements AutoCloseable {
        private boolean closed;

        private Section() {
        }

        /** Records that this section's change reached the disk. */
        public void saved() {
            synchronized (ShutdownGuard.this) {
                changeSaved = true;
            }
        }

        @Override
        public void close() {
            synchronized (ShutdownGuard.this) {
                if (closed) {
                    return;
                }
                closed = true;
                leave();
            }
        }
    }
}
