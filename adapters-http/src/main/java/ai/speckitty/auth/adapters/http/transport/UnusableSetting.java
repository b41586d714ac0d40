package ai.speckitty.auth.adapters.http.transport;

/**
 * A proxy or CA-bundle variable cannot be used; the message names the variable (and path), never
 * a credential. The public factory turns it into its exported {@code HttpSetupException}.
 */
public final class UnusableSetting extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnusableSetting(String message) {
        super(message);
    }
}
