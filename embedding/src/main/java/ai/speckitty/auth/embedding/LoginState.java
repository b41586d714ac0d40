package ai.speckitty.auth.embedding;

/**
 * Where a login is, guarding its worker's interrupt: a cancel interrupts the worker only while it
 * runs, never once it stores (an interrupt closes a FileChannel mid-write, and the lock file's
 * channel is shared by every thread of the JVM) and never after the login ended.
 */
final class LoginState {
    private enum Phase { RUNNING, STORING, CANCELLED, ENDED }

    private final Thread worker;
    private Phase phase = Phase.RUNNING;

    LoginState(Thread worker) {
        this.worker = worker;
    }

    /** Cancels and interrupts the worker if it has not started storing or ended; false otherwise. */
    synchronized boolean cancel() {
        if (phase != Phase.RUNNING) {
            return false;
        }
        phase = Phase.CANCELLED;
        worker.interrupt();
        return true;
    }

    /** True when the login may take the store's lock: from then on no cancel interrupts it. */
    synchronized boolean beginStoring() {
        if (phase == Phase.RUNNING) {
            phase = Phase.STORING;
        }
        return phase == Phase.STORING;
    }

    synchronized boolean cancelled() {
        return phase == Phase.CANCELLED;
    }

    /** Called by the worker when its login is over: no cancel interrupts it after this, and none is left pending. */
    synchronized void end() {
        if (phase != Phase.CANCELLED) {
            phase = Phase.ENDED;
        }
        Thread.interrupted();
    }
}
