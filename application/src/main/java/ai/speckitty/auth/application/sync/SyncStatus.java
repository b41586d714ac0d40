package ai.speckitty.auth.application.sync;

/** The rows of the SPEC §4.9 table, in its order. */
public enum SyncStatus {
    DISABLED,
    NOT_AUTHENTICATED,
    SESSION_EXPIRED,
    WRONG_SERVER,
    ERROR,
    CONNECTED,
    AUTHENTICATION_FAILED,
    PERMISSION_DENIED,
    SERVER_UNAVAILABLE,
    UNEXPECTED,
    SERVER_UNREACHABLE
}
