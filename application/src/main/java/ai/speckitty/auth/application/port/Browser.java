package ai.speckitty.auth.application.port;

/** The user's web browser, which may not exist (SSH session, no display). */
public interface Browser {

    /** False when no browser can be opened here (SPEC §4.6), so login goes headless. */
    boolean available();

    /** Asks the browser to open the URL; false when the launch failed. */
    boolean open(String url);
}
