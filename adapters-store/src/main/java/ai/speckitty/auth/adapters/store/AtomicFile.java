package ai.speckitty.auth.adapters.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Replacing a file so that a reader sees the old or the new content, never a torn mix, even if the
 * writer is killed: temp file created 0600 beside it, write, fsync, atomic rename, fsync the directory.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** Creates the directory (and missing parents) 0700 at creation; an existing one is left as it is. */
    static void ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixModes.privateDirectory(dir));
        }
    }

    static void replace(Path target, byte[] content) throws IOException {
        replace(target, content, temp -> { });
    }

    /** As {@link #replace(Path, byte[])}; {@code afterCreate} sees the empty temp file (for tests). */
    static void replace(Path target, byte[] content, Consumer<Path> afterCreate) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        ensureDirectory(dir);
        Path temp = dir.resolve(StoreLayout.TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        boolean moved = false;
        try {
            Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (FileChannel channel = FileChannel.open(temp, options, PosixModes.privateFile(temp))) {
                afterCreate.accept(temp);
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Makes a rename or delete in {@code dir} durable; platforms that refuse this are ignored. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException refused) {
            // Some platforms cannot open or sync a directory; the rename itself is still atomic.
        }
    }
}
