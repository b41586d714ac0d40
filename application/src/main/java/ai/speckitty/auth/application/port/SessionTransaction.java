package ai.speckitty.auth.application.port;

import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Instant;

/** Exclusive access to the persisted session while the lock is held; closing releases it. */
public interface SessionTransaction extends AutoCloseable {

    /** Re-reads the persisted session under the lock. */
    SessionRead read();

    /** Replaces the persisted session atomically. */
    void write(StoredSession session) throws StoreFailure;

    /** Deletes the persisted session; false when there was nothing to delete. */
    boolean delete() throws StoreFailure;

    /**
     * Moves an unreadable credentials file aside (e.g. {@code credentials.corrupt-<timestamp>}) so a
     * new login can proceed without destroying it; returns where it now is.
     */
    String setAside(Instant now) throws StoreFailure;

    /** Releases the lock. */
    @Override
    void close();
}
