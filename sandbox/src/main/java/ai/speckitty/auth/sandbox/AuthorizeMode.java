package ai.speckitty.auth.sandbox;

/** How {@code GET /oauth/authorize} answers a valid request: the redirect to the callback (SPEC §2.1). */
public enum AuthorizeMode {
    /** Redirect with {@code code} and {@code state}. */
    APPROVE(null),
    /** Redirect with {@code error=access_denied}. */
    ACCESS_DENIED("access_denied"),
    /** Redirect with {@code error=invalid_scope}. */
    INVALID_SCOPE("invalid_scope"),
    /** Redirect with {@code error=server_error}. */
    SERVER_ERROR("server_error");

    private final String error;

    AuthorizeMode(String error) {
        this.error = error;
    }

    /** The OAuth error put on the redirect, or null for APPROVE. */
    public String error() {
        return error;
    }
}
