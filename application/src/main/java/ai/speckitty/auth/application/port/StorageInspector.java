package ai.speckitty.auth.application.port;

/**
 * Read-only diagnostics of the session storage for doctor and the permission warning, plus clearing
 * a stale lock record.
 */
public interface StorageInspector {

    /** Looks at the files and probes the lock without waiting; changes nothing. */
    StorageFacts inspect();

    /**
     * Only the modes of the credentials file and its directory: no file opened, no lock probed, so
     * the permission warning every command prints never contends for the refresh lock.
     */
    StorageModes modes();

    /** Clears a holder record left by a crashed process; never touches a lock a live process holds. */
    UnstickResult clearStaleLockRecord();

    /** What {@link #clearStaleLockRecord()} did. */
    enum UnstickResult {
        CLEARED,
        NOTHING_TO_CLEAR,
        HELD_BY_LIVE_PROCESS
    }
}
