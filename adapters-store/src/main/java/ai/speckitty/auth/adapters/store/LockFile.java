package ai.speckitty.auth.adapters.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The lock file as this JVM shares it: one channel per file, because on Linux closing <em>any</em>
 * channel of a file drops every OS lock this process holds on it (so no code here ever opens and
 * closes a second one while a lock may be held), and a gate so threads of one JVM take turns
 * instead of failing with {@link OverlappingFileLockException}. The file is never deleted.
 */
final class LockFile implements AutoCloseable {
    /** Longest holder record read; a real one is about 100 bytes. */
    private static final int MAX_RECORD = 4096;
    private static final Map<Object, LockFile> OPEN = new HashMap<>();

    private final Object key;
    private final FileChannel channel;
    private final Semaphore gate = new Semaphore(1, true);
    private int users;

    private LockFile(Object key, FileChannel channel) {
        this.key = key;
        this.channel = channel;
    }

    /** Opens (creating it 0600 if missing) the lock file; close the result when done. */
    static LockFile openOrCreate(Path path) throws IOException {
        try {
            // Safe to open and close here: a file that did not exist cannot carry a lock of ours.
            Files.createFile(path, PosixModes.privateFile(path));
        } catch (FileAlreadyExistsException exists) {
            // the usual case
        }
        return open(path);
    }

    /**
     * Opens an existing lock file; throws {@link java.nio.file.NoSuchFileException} when there is
     * none and {@link NotRegularFileException} for a FIFO (opening one blocks), device, socket or
     * directory. A link to a regular file is fine: the lock file is locked, never replaced.
     */
    static LockFile open(Path path) throws IOException {
        // The inode (not the path) identifies the file the OS locks.
        Object fileKey = SmallFile.requireRegular(path, SmallFile.Links.FOLLOW).fileKey();
        Object key = fileKey != null ? fileKey : path.toRealPath();
        synchronized (OPEN) {
            LockFile file = OPEN.get(key);
            if (file == null) {
                // Checked just above; only someone who may write our 0700 directory could swap in a FIFO since.
                FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
                file = new LockFile(key, channel);
                OPEN.put(key, file);
            }
            file.users++;
            return file;
        }
    }

    /** Waits up to {@code nanos} for this JVM's turn; false on timeout. */
    boolean enterGate(long nanos) throws InterruptedException {
        return gate.tryAcquire(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    void leaveGate() {
        gate.release();
    }

    /** The OS lock, or null when another process (or another user of this JVM) holds it. */
    FileLock tryLock() throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    String readRecord() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_RECORD);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // keep reading: a positional read never moves or closes the shared channel
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    boolean recordEmpty() throws IOException {
        return channel.size() == 0;
    }

    void writeRecord(String record) throws IOException {
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer, buffer.position());
        }
    }

    void clearRecord() throws IOException {
        channel.truncate(0);
    }

    /** Gives up this use; the channel closes when nobody in this JVM uses (or locks) the file. */
    @Override
    public void close() {
        synchronized (OPEN) {
            users--;
            if (users == 0) {
                OPEN.remove(key);
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing is locked through it any more; a failed close loses nothing
                }
            }
        }
    }
}
