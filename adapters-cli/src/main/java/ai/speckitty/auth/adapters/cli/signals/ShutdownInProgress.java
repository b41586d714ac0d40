package ai.speckitty.auth.adapters.cli.signals;

/**
 * Work that would change the session was refused because the process is already exiting (SIGINT
 * or SIGTERM arrived before it began); the exit code is the signal's, nothing was changed.
 */
public final class ShutdownInProgress extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ShutdownInProgress(String what) {
        super(what + " was not started: spec-kitty is exiting");
    }
}
