package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The store a cancellable login writes through: once cancelled it hands out no lock, so no session
 * is written after the cancel; a write that already holds the lock finishes.
 */
final class CancellableStore implements SessionStore {
    private final SessionStore store;
    private final BooleanSupplier cancelled;

    CancellableStore(SessionStore store, BooleanSupplier cancelled) {
        this.store = store;
        this.cancelled = cancelled;
    }

    @Override
    public SessionRead read() {
        return store.read();
    }

    @Override
    public Optional<SessionTransaction> lock(Duration timeout) {
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        Optional<SessionTransaction> locked = store.lock(timeout);
        if (locked.isPresent() && cancelled.getAsBoolean()) {
            locked.get().close();
            return Optional.empty();
        }
        return locked;
    }

    @Override
    public String location() {
        return store.location();
    }
}
