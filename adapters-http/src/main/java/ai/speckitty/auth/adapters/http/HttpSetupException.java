package ai.speckitty.auth.adapters.http;

/**
 * The HTTP environment (proxy or CA bundle variables) cannot be used; thrown once, at set-up,
 * with a message that is safe to print as is: it names the variable and, for files, the path,
 * never a credential.
 */
public final class HttpSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HttpSetupException(String message) {
        super(message);
    }
}
