package ai.speckitty.auth.adapters.cli.login;

import java.io.PrintWriter;

/**
 * A one-line spinner on stderr while a login waits; on a pipe it prints its message once, plainly,
 * so logs stay clean.
 */
final class Spinner implements AutoCloseable {
    private static final String FRAMES = "|/-\\";

    private final PrintWriter err;
    private final boolean interactive;
    private final String message;
    private Thread ticker;

    Spinner(PrintWriter err, boolean interactive, String message) {
        this.err = err;
        this.interactive = interactive;
        this.message = message;
    }

    synchronized void start() {
        if (ticker != null) {
            return;
        }
        if (!interactive) {
            err.println(message);
            ticker = new Thread(() -> {});
            return;
        }
        ticker = new Thread(this::spin, "spec-kitty-spinner");
        ticker.setDaemon(true);
        ticker.start();
    }

    private void spin() {
        int frame = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (err) {
                    err.print("\r" + FRAMES.charAt(frame++ % FRAMES.length()) + " " + message);
                    err.flush();
                }
                Thread.sleep(120);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (ticker == null || !interactive) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (err) {
            err.print("\r" + " ".repeat(message.length() + 2) + "\r");
            err.flush();
        }
    }
}
