package ai.speckitty.auth.application.port;

import java.util.Optional;

/** The user's web browser, which may not exist (SSH session, no display). */
public interface Browser {

    /** Why no browser can be opened here (SPEC §4.6), so login goes headless; empty when one can. */
    Optional<Unavailable> whyUnavailable();

    /** False when no browser can be opened here (SPEC §4.6), so login goes headless. */
    default boolean available() {
        return whyUnavailable().isEmpty();
    }

    /** Asks the browser to open the URL; false when the launch failed. */
    boolean open(String url);

    /** The SPEC §4.6 reasons no browser can be opened, for the front end to explain the device flow. */
    enum Unavailable {
        /** {@code SSH_CONNECTION}, {@code SSH_CLIENT} or {@code SSH_TTY} is set: the browser would open on the far side. */
        SSH_SESSION,
        /** Linux without {@code DISPLAY} or {@code WAYLAND_DISPLAY}: no graphical session to open it in. */
        NO_DISPLAY
    }
}
