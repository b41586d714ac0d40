package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import java.time.Duration;
import java.util.Optional;

/**
 * The store a cancellable login writes through: once cancelled it hands out no lock, so no session
 * is written after the cancel; once it has handed out a lock, a cancel no longer interrupts the
 * login, so the write (and the shared lock channel) is never cut by one.
 */
final class CancellableStore implements SessionStore {
    private final SessionStore store;
    private final LoginState state;

    CancellableStore(SessionStore store, LoginState state) {
        this.store = store;
        this.state = state;
    }

    @Override
    public SessionRead read() {
        return store.read();
    }

    @Override
    public Optional<SessionTransaction> lock(Duration timeout) {
        return state.beginStoring() ? store.lock(timeout) : Optional.empty();
    }

    @Override
    public String location() {
        return store.location();
    }
}
