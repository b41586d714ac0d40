package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The session in {@code <root>/credentials} (TOML, SPEC §3), changed only under the OS lock on
 * {@code <root>/credentials.lock}; reads take no lock because every write is an atomic replace.
 */
public final class TomlSessionStore implements SessionStore {
    /** How often a waiting process tries the OS lock again (a blocking lock could not time out). */
    private static final long POLL_MILLIS = 25;

    private final Path root;
    private final Clock clock;
    private final String appVersion;

    public TomlSessionStore(Path root, Clock clock, String appVersion) {
        this.root = Objects.requireNonNull(root, "root");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
    }

    @Override
    public SessionRead read() {
        return SessionTomlReader.read(StoreLayout.credentials(root));
    }

    /**
     * Waits up to {@code timeout} for the lock, creating the root (0700) and the lock file (0600)
     * when missing; throws {@link ai.speckitty.auth.application.port.StoreFailure} when they cannot
     * be created or opened.
     */
    @Override
    public Optional<SessionTransaction> lock(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path lockPath = StoreLayout.lock(root);
        LockFile lockFile;
        try {
            AtomicFile.ensureDirectory(root);
            lockFile = LockFile.openOrCreate(lockPath);
        } catch (IOException | RuntimeException e) {
            throw Failures.of("open the lock file", lockPath, e);
        }
        try {
            if (!lockFile.enterGate(deadline - System.nanoTime())) {
                lockFile.close();
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lockFile.close();
            return Optional.empty();
        }
        FileLock osLock = null;
        try {
            osLock = waitForOsLock(lockFile, deadline);
            if (osLock == null) {
                lockFile.leaveGate();
                lockFile.close();
                return Optional.empty();
            }
            recordHolder(lockFile);
            return Optional.of(new FileSessionTransaction(root, lockFile, osLock));
        } catch (IOException | RuntimeException e) {
            // The channel may stay open for other users in this JVM, so the OS lock is released
            // explicitly; otherwise it would outlive this failure and block every later lock().
            releaseQuietly(osLock);
            lockFile.leaveGate();
            lockFile.close();
            throw Failures.of("lock", lockPath, e);
        }
    }

    @Override
    public String location() {
        return StoreLayout.credentials(root).toString();
    }

    private static void releaseQuietly(FileLock osLock) {
        if (osLock == null || !osLock.isValid()) {
            return;
        }
        try {
            osLock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it too; nothing more can be done here.
        }
    }

    private static FileLock waitForOsLock(LockFile lockFile, long deadline) throws IOException {
        while (true) {
            FileLock osLock = lockFile.tryLock();
            if (osLock != null) {
                return osLock;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private void recordHolder(LockFile lockFile) {
        LockHolder me = new LockHolder(ProcessHandle.current().pid(), HostName.current(),
                Optional.of(clock.instant()), appVersion);
        try {
            lockFile.writeRecord(HolderRecord.format(me));
        } catch (IOException ignored) {
            // the record only informs doctor; the OS lock is what excludes others
        }
    }
}
