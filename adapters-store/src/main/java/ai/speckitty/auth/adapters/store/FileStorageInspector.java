package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.LockState;
import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.port.StorageModes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * What doctor sees of the files under the root: presence, modes, and the lock probed with a
 * non-blocking try (held is decided by the OS lock, not by the record); the permission warning
 * sees the modes alone. Creates nothing.
 */
public final class FileStorageInspector implements StorageInspector {
    private final Path root;

    /** Lock ages are the caller's to compute, so no clock is needed here. */
    public FileStorageInspector(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    @Override
    public StorageFacts inspect() {
        StorageModes modes = modes();
        return new StorageFacts(modes.rootLocation(), modes.rootMode(), modes.credentialsLocation(),
                modes.credentialsPresent(), modes.credentialsMode(), lockState());
    }

    /** File attributes only: nothing is opened and the lock file is not touched. */
    @Override
    public StorageModes modes() {
        Path credentials = StoreLayout.credentials(root);
        return new StorageModes(root.toString(), mode(root), credentials.toString(),
                Files.exists(credentials), mode(credentials));
    }

    @Override
    public UnstickResult clearStaleLockRecord() {
        try (LockFile lockFile = LockFile.open(StoreLayout.lock(root))) {
            FileLock probe = lockFile.tryLock();
            if (probe == null) {
                return UnstickResult.HELD_BY_LIVE_PROCESS;
            }
            try {
                if (lockFile.recordEmpty()) {
                    return UnstickResult.NOTHING_TO_CLEAR;
                }
                lockFile.clearRecord();
                return UnstickResult.CLEARED;
            } finally {
                probe.release();
            }
        } catch (NoSuchFileException noLockFile) {
            return UnstickResult.NOTHING_TO_CLEAR;
        } catch (IOException e) {
            throw Failures.of("clear the lock record in", StoreLayout.lock(root), e);
        }
    }

    private LockState lockState() {
        Path lockPath = StoreLayout.lock(root);
        String location = lockPath.toString();
        try (LockFile lockFile = LockFile.open(lockPath)) {
            FileLock probe = lockFile.tryLock();
            if (probe == null) {
                return new LockState(location, true, HolderRecord.parse(lockFile.readRecord()));
            }
            try {
                return new LockState(location, false, HolderRecord.parse(lockFile.readRecord()));
            } finally {
                probe.release();
            }
        } catch (NoSuchFileException noLockFile) {
            return new LockState(location, false, Optional.empty());
        } catch (AccessDeniedException notWritable) {
            return readOnlyProbe(lockPath);
        } catch (IOException | RuntimeException unreadable) {
            return new LockState(location, false, Optional.empty());
        }
    }

    /**
     * A lock file this user may not write: probe with a shared lock on a read-only channel. Closing
     * it is harmless, since this process cannot hold the write lock such a file needs.
     */
    private static LockState readOnlyProbe(Path lockPath) {
        String location = lockPath.toString();
        try {
            SmallFile.requireRegular(lockPath, SmallFile.Links.FOLLOW);
        } catch (IOException notRegularOrGone) {
            return new LockState(location, false, Optional.empty());
        }
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            channel.read(buffer, 0);
            Optional<LockHolder> holder = HolderRecord.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
            if (probe == null) {
                return new LockState(location, true, holder);
            }
            probe.release();
            return new LockState(location, false, holder);
        } catch (OverlappingFileLockException heldHere) {
            return new LockState(location, true, Optional.empty());
        } catch (IOException | RuntimeException unreadable) {
            return new LockState(location, false, Optional.empty());
        }
    }

    private static Optional<String> mode(Path path) {
        try {
            return PosixModes.modeOf(path);
        } catch (IOException | RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
