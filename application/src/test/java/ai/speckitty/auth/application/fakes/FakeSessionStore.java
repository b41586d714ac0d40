package ai.speckitty.auth.application.fakes;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import java.time.Duration;
import java.util.Optional;

/** A store that answers every read with a fixed result and counts lock attempts (read-only use cases make none). */
public final class FakeSessionStore implements SessionStore {
    private final SessionRead read;
    private int lockAttempts;

    public FakeSessionStore(SessionRead read) {
        this.read = read;
    }

    @Override
    public SessionRead read() {
        return read;
    }

    @Override
    public Optional<SessionTransaction> lock(Duration timeout) {
        lockAttempts++;
        return Optional.empty();
    }

    @Override
    public String location() {
        return "/fake/credentials";
    }

    public int lockAttempts() {
        return lockAttempts;
    }
}
