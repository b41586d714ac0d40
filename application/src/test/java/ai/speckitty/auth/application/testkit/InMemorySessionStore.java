package ai.speckitty.auth.application.testkit;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SessionStore} in memory with a real in-process lock, for use-case tests: preset what is
 * "on disk", simulate another process (busy lock, a change made while waiting), inject failures,
 * and count reads, lock acquisitions, writes, deletes and set-asides to assert that newer material
 * was never touched and no work was done twice.
 */
public final class InMemorySessionStore implements SessionStore {
    /** The location reported in reads and failures. */
    public static final String LOCATION = "memory:/credentials";

    private final Semaphore lock = new Semaphore(1, true);
    private final List<StoredSession> written = new ArrayList<>();
    private final List<String> setAside = new ArrayList<>();
    private SessionRead state = new SessionRead.Absent();
    private int deletes;
    private int reads;
    private int lockAcquisitions;
    private int lockTimeouts;
    private boolean heldElsewhere;
    private Runnable beforeNextLock;
    private String nextWriteFailure;
    private String nextDeleteFailure;

    public InMemorySessionStore() {
    }

    public InMemorySessionStore(StoredSession initial) {
        presetSession(initial);
    }

    /** Puts a session "on disk" without counting it as a write. */
    public synchronized void presetSession(StoredSession session) {
        state = new SessionRead.Present(session);
    }

    /** Whatever a read should find (any {@link SessionRead}, at any location), without counting it as a write. */
    public synchronized void preset(SessionRead read) {
        state = read;
    }

    public synchronized void presetAbsent() {
        state = new SessionRead.Absent();
    }

    /** A credentials file that does not parse. */
    public synchronized void presetUnreadable(String reason) {
        state = new SessionRead.Unreadable(LOCATION, reason);
    }

    /** Something other than a regular file (a directory, FIFO...) at the credentials path. */
    public synchronized void presetNotARegularFile(String reason) {
        state = new SessionRead.Unreadable(LOCATION, reason, UnreadableKind.NOT_A_REGULAR_FILE);
    }

    /** A credentials file written by a newer version. */
    public synchronized void presetNewerVersion(long schemaVersion) {
        state = new SessionRead.FromNewerVersion(LOCATION, schemaVersion);
    }

    /** While true, {@link #lock} gives up at once as if another process held the lock for the whole timeout. */
    public synchronized void simulateLockHeldElsewhere(boolean held) {
        heldElsewhere = held;
    }

    /**
     * Runs {@code action} at the start of the next {@link #lock} call, as another process would act
     * between this process's lock-free read and its locked re-read (or while it waits in vain).
     */
    public synchronized void beforeNextLock(Runnable action) {
        beforeNextLock = action;
    }

    /** The next write throws a {@link StoreFailure} of this type and changes nothing. */
    public synchronized void failNextWrite(String errorType) {
        nextWriteFailure = errorType;
    }

    /** The next delete throws a {@link StoreFailure} of this type and changes nothing. */
    public synchronized void failNextDelete(String errorType) {
        nextDeleteFailure = errorType;
    }

    /** What is "on disk" now, without counting anything. */
    public synchronized SessionRead state() {
        return state;
    }

    /** The session "on disk", if there is one. */
    public synchronized Optional<StoredSession> current() {
        return state instanceof SessionRead.Present present ? Optional.of(present.session()) : Optional.empty();
    }

    public synchronized int writes() {
        return written.size();
    }

    /** Every session written through a transaction, oldest first. */
    public synchronized List<StoredSession> writtenSessions() {
        return List.copyOf(written);
    }

    /** Deletes that removed something. */
    public synchronized int deletes() {
        return deletes;
    }

    public synchronized List<String> setAsideLocations() {
        return List.copyOf(setAside);
    }

    /** Reads of what is "on disk", lock-free and under the lock alike (each is a file read for a real store). */
    public synchronized int reads() {
        return reads;
    }

    public synchronized int lockAcquisitions() {
        return lockAcquisitions;
    }

    public synchronized int lockTimeouts() {
        return lockTimeouts;
    }

    /** Every call of {@link #lock}, whether it got the lock or not (read-only use cases make none). */
    public synchronized int lockAttempts() {
        return lockAcquisitions + lockTimeouts;
    }

    /** True while a transaction is open. */
    public boolean locked() {
        return lock.availablePermits() == 0;
    }

    @Override
    public synchronized SessionRead read() {
        reads++;
        return state;
    }

    @Override
    public Optional<SessionTransaction> lock(Duration timeout) {
        Runnable action;
        boolean busy;
        synchronized (this) {
            action = beforeNextLock;
            beforeNextLock = null;
            busy = heldElsewhere;
        }
        if (action != null) {
            action.run();
        }
        boolean acquired = false;
        if (!busy) {
            try {
                acquired = lock.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (!acquired) {
                lockTimeouts++;
                return Optional.empty();
            }
            lockAcquisitions++;
        }
        return Optional.of(new Transaction());
    }

    @Override
    public String location() {
        return LOCATION;
    }

    private final class Transaction implements SessionTransaction {
        private boolean open = true;

        @Override
        public SessionRead read() {
            ensureOpen();
            return InMemorySessionStore.this.read();
        }

        @Override
        public void write(StoredSession session) throws StoreFailure {
            ensureOpen();
            synchronized (InMemorySessionStore.this) {
                if (nextWriteFailure != null) {
                    String type = nextWriteFailure;
                    nextWriteFailure = null;
                    throw new StoreFailure("Could not write the credentials at " + LOCATION + " (" + type + ")", type);
                }
                written.add(session);
                state = new SessionRead.Present(session);
            }
        }

        @Override
        public boolean delete() throws StoreFailure {
            ensureOpen();
            synchronized (InMemorySessionStore.this) {
                if (nextDeleteFailure != null) {
                    String type = nextDeleteFailure;
                    nextDeleteFailure = null;
                    throw new StoreFailure("Could not delete the credentials at " + LOCATION + " (" + type + ")", type);
                }
                if (state instanceof SessionRead.Absent) {
                    return false;
                }
                deletes++;
                state = new SessionRead.Absent();
                return true;
            }
        }

        @Override
        public String setAside(Instant now) throws StoreFailure {
            ensureOpen();
            synchronized (InMemorySessionStore.this) {
                if (state instanceof SessionRead.Absent) {
                    throw new StoreFailure("Could not set aside the credentials at " + LOCATION + " (NoSuchFileException)",
                            "NoSuchFileException");
                }
                String aside = LOCATION + ".corrupt-" + now.getEpochSecond() + (setAside.isEmpty() ? "" : "-" + setAside.size());
                setAside.add(aside);
                state = new SessionRead.Absent();
                return aside;
            }
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                lock.release();
            }
        }

        private void ensureOpen() {
            if (!open) {
                throw new IllegalStateException("the session transaction is closed");
            }
        }
    }
}
