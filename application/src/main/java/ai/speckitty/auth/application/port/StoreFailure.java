package ai.speckitty.auth.application.port;

/**
 * The store could not do what was asked (an I/O error); the message names what and where, and
 * {@link #errorType()} is a short type such as {@code AccessDeniedException}, never file content.
 */
public class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;

    public StoreFailure(String message, String errorType) {
        super(message);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }
}
