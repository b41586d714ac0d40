package ai.speckitty.auth.application.port;

import java.time.Duration;

/** Waiting between polls, separate from the clock so tests need not wait for real. */
public interface Pause {

    /** Waits this long; interrupted means the user cancelled. */
    void sleep(Duration duration) throws InterruptedException;
}
