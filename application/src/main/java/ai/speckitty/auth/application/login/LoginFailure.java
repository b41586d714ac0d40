package ai.speckitty.auth.application.login;

/** Why a login failed; the detail beside it is secret-free. */
public enum LoginFailure {
    /** The user (or server) denied the authorization. */
    DENIED,
    /** The device code or the browser wait ran out of time. */
    EXPIRED,
    /** The server answered with an OAuth error. */
    REFUSED,
    /** Transport failure, 5xx, or a body that breaks the contract. */
    SERVER_FAILURE,
    /** {@code /me} lists no team. */
    NO_TEAMS,
    /** The loopback listener could not be started. */
    LISTENER_FAILED,
    /** The credentials file is from a newer version and is left alone. */
    CREDENTIALS_FROM_NEWER_VERSION,
    /** Another process held the lock; the new session was not stored. */
    LOCK_BUSY,
    /** The new session could not be written. */
    STORE_FAILURE
}
