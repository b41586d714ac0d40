package ai.speckitty.auth.adapters.cli.wiring;

import ai.speckitty.auth.adapters.cli.signals.ShutdownGuard;
import ai.speckitty.auth.adapters.cli.signals.ShutdownInProgress;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Instant;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A session store whose locked transactions finish before the process exits. Every change to the
 * session (a refresh and its write, a revocation and the delete, a login's write: SPEC §4.3 to
 * §4.6) happens inside one transaction, so a Ctrl-C or SIGTERM after the server has rotated or
 * revoked still lets the file catch up; a transaction that would start after the signal is refused.
 */
final class ShutdownGuardedSessionStore implements SessionStore {
    private final SessionStore store;
    private final Supplier<ShutdownGuard> guard;

    /** {@code guard} is asked for only when a transaction starts: reads install no shutdown hook. */
    ShutdownGuardedSessionStore(SessionStore store, Supplier<ShutdownGuard> guard) {
        this.store = Objects.requireNonNull(store, "store");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    @Override
    public SessionRead read() {
        return store.read();
    }

    /**
     * The section opens once the lock is held, so waiting for the lock never holds up the exit.
     *
     * @throws ShutdownInProgress when the process began to exit before the lock was taken
     */
    @Override
    public Optional<SessionTransaction> lock(Duration timeout) {
        Optional<SessionTransaction> locked = store.lock(timeout);
        if (locked.isEmpty()) {
            return locked;
        }
        Optional<ShutdownGuard.Section> section = guard.get().enter();
        if (section.isEmpty()) {
            locked.get().close();
            throw new ShutdownInProgress("a change to the credentials");
        }
        return Optional.of(new Guarded(locked.get(), section.get()));
    }

    @Override
    public String location() {
        return store.location();
    }

    /** The transaction, closing its section after it released the lock. */
    private record Guarded(SessionTransaction tx, ShutdownGuard.Section section) implements SessionTransaction {
        @Override
        public SessionRead read() {
            return tx.read();
        }

        @Override
        public void write(StoredSession session) throws StoreFailure {
            tx.write(session);
            section.saved();
        }

        @Override
        public boolean delete() throws StoreFailure {
            return tx.delete();
        }

        @Override
        public String setAside(Instant now) throws StoreFailure {
            return tx.setAside(now);
        }

        @Override
        public void close() {
            try {
                tx.close();
            } finally {
                section.close();
            }
        }
    }
}
