package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.port.Pause;
import java.time.Duration;

/** Waits between device-flow polls by sleeping the calling thread; a cancel (or Ctrl-C) interrupts it. */
final class ThreadSleepPause implements Pause {

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(0, duration.toMillis()));
    }
}
