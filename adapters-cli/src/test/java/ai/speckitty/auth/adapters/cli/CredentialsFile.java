package ai.speckitty.auth.adapters.cli;

import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.domain.session.StoredSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Puts a session into a SPEC_KITTY_HOME as its credentials file, written by the real store (SPEC §3 layout, 0600). */
public final class CredentialsFile {

    private CredentialsFile() {
    }

    /**
     * Writes {@code session} and removes the lock file the write needed, so the home holds the
     * credentials file alone and a test can still see whether a command creates the lock.
     */
    public static void write(Path home, StoredSession session) {
        try (SessionTransaction tx = new TomlSessionStore(home, Clock.systemUTC(), "test-fixture")
                .lock(Duration.ofSeconds(5)).orElseThrow()) {
            tx.write(session);
        }
        try {
            Files.delete(home.resolve("credentials.lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
