package ai.speckitty.auth.adapters.http.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gives every exchange one total deadline. The exchange runs on a daemon worker and the caller
 * stops waiting when the deadline passes: a blocked {@code HttpURLConnection} read cannot be
 * unblocked from another thread ({@code disconnect()} waits for the reader's lock until its read
 * timeout ends), so the caller must not be the thread doing the I/O.
 */
final class DeadlineRunner {
    private DeadlineRunner() {}

    /** Created on first use, so commands that never call the server start no thread. */
    private static final class Workers {
        static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "spec-kitty-http");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The result of {@code exchange}, or a {@link SocketTimeoutException} once {@code deadline}
     * has passed, after which {@code abandon} runs on the worker pool to free the connection. An
     * interrupt does not cut the wait short (a request once sent is seen through, within its
     * deadline, so that its answer can still be stored); it is passed on afterwards.
     */
    static <T> T within(Duration deadline, Callable<T> exchange, Runnable abandon) throws IOException {
        Future<T> running = Workers.POOL.submit(exchange);
        long end = System.nanoTime() + deadline.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return running.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (TimeoutException e) {
                    running.cancel(true);
                    Workers.POOL.execute(abandon);
                    throw new SocketTimeoutException("the call's deadline passed");
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The worker's own failure, as it was thrown (checked ones are I/O failures here). */
    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException("the exchange failed: " + cause.getClass().getName()));
    }
}
