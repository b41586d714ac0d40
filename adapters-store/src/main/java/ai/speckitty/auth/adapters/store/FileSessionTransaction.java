package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.domain.session.StoredSession;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The credentials file while this process holds the lock; closing truncates the record and unlocks. */
final class FileSessionTransaction implements SessionTransaction {
    private final Path root;
    private final Path credentials;
    private final LockFile lockFile;
    private final FileLock osLock;
    private boolean open = true;

    FileSessionTransaction(Path root, LockFile lockFile, FileLock osLock) {
        this.root = root;
        this.credentials = StoreLayout.credentials(root);
        this.lockFile = lockFile;
        this.osLock = osLock;
    }

    @Override
    public SessionRead read() {
        ensureOpen();
        return SessionTomlReader.read(credentials);
    }

    @Override
    public void write(StoredSession session) throws StoreFailure {
        ensureOpen();
        removeLeftoverTempFiles();
        try {
            requireRegularOrAbsent();
            AtomicFile.replace(credentials, SessionTomlWriter.write(session).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw Failures.of("write the credentials at", credentials, e);
        }
    }

    @Override
    public boolean delete() throws StoreFailure {
        ensureOpen();
        try {
            boolean deleted = Files.deleteIfExists(credentials);
            AtomicFile.syncDirectory(root);
            return deleted;
        } catch (IOException | RuntimeException e) {
            throw Failures.of("delete the credentials at", credentials, e);
        }
    }

    @Override
    public String setAside(Instant now) throws StoreFailure {
        ensureOpen();
        String base = StoreLayout.SET_ASIDE_PREFIX + SetAsideStamp.FORMAT.format(now);
        Path aside = root.resolve(base);
        for (int n = 1; Files.exists(aside); n++) {
            aside = root.resolve(base + "-" + n);
        }
        try {
            // Only a file is kept aside: a FIFO, device, directory or link in its place is left alone.
            SmallFile.requireRegular(credentials, SmallFile.Links.REFUSE);
            // Under the lock nobody else renames here, so the name checked above is still free.
            Files.move(credentials, aside);
            AtomicFile.syncDirectory(root);
            return aside.toString();
        } catch (IOException | RuntimeException e) {
            throw Failures.of("set aside the credentials at", credentials, e);
        }
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            lockFile.clearRecord();
        } catch (IOException ignored) {
            // a record left behind is only a stale record (SPEC §3); the lock is released below
        }
        try {
            osLock.release();
        } catch (IOException ignored) {
            // the channel is still closed once nobody in this JVM uses it, which releases it too
        }
        lockFile.leaveGate();
        lockFile.close();
    }

    /** The atomic replace would put a file in place of a link, FIFO or device, so those are refused. */
    private void requireRegularOrAbsent() throws IOException {
        try {
            SmallFile.requireRegular(credentials, SmallFile.Links.REFUSE);
        } catch (NoSuchFileException absent) {
            // the first write
        }
    }

    /** Temp files can only be left by a writer that died; under the lock no writer is running. */
    private void removeLeftoverTempFiles() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, StoreLayout.TEMP_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (NoSuchFileException noRootYet) {
            // written below, root created then
        } catch (IOException | RuntimeException ignored) {
            // leftovers are harmless; the write itself reports real problems
        }
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("the session transaction is closed");
        }
    }

    /**
     * Built on first use only: a pattern formatter costs about 2 ms of a cold start, and every
     * refresh, sign-in and sign-out opens a transaction while hardly any sets a file aside.
     */
    private static final class SetAsideStamp {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    }
}
