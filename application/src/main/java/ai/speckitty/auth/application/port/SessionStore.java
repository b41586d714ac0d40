package ai.speckitty.auth.application.port;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the session lives, shared by many processes: lock-free reads (writes are atomic replaces,
 * so a reader never sees a torn file) and a cross-process lock that is the only way to change it.
 */
public interface SessionStore {

    /** The default time to wait for the lock (SPEC §3). */
    Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

    /** Reads the persisted session without taking the lock. */
    SessionRead read();

    /** Waits up to {@code timeout} for the lock; empty when another holder kept it that long. */
    Optional<SessionTransaction> lock(Duration timeout);

    /** Where the credentials are kept, for messages (a path for the file store). */
    String location();
}
