package ai.speckitty.auth.embedding;

/**
 * How to log in (SPEC §4.6): {@code force} signs in again over a valid session (kept until the new
 * one is stored); {@code headless} uses the device flow instead of a browser.
 */
public record LoginOptions(boolean force, boolean headless) {

    /** A browser login that keeps a valid session. */
    public static LoginOptions browser() {
        return new LoginOptions(false, false);
    }

    /** A device-flow login that keeps a valid session. */
    public static LoginOptions headlessLogin() {
        return new LoginOptions(false, true);
    }

    /** The same, replacing a valid session. */
    public LoginOptions forced() {
        return new LoginOptions(true, headless);
    }
}
