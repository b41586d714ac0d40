package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.StateDirectory;
import ai.speckitty.auth.application.port.StateDirectoryProblem;
import ai.speckitty.auth.application.port.StateDirectoryProblem.Entry;
import ai.speckitty.auth.application.port.StateDirectoryProblem.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the root can take a session before a login starts: the root, or the nearest ancestor
 * that exists when it must still be created, has to be a directory (links to one are fine) that
 * this user may write and enter. Asks the OS ({@code access(2)}), so a read-only file system
 * counts too; creates nothing.
 */
public final class FileStateDirectory implements StateDirectory {
    private final Path root;

    public FileStateDirectory(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    @Override
    public Optional<StateDirectoryProblem> problem() {
        Path directory = root.toAbsolutePath();
        // A path that cannot be examined (missing, under a file, in a directory we may not
        // search) is judged by its parent: that is where its creation would fail.
        for (Path at = directory; at != null; at = at.getParent()) {
            Optional<BasicFileAttributes> attributes = attributes(at);
            if (attributes.isEmpty()) {
                continue;
            }
            Entry found = entry(at, attributes.get());
            if (found != Entry.DIRECTORY) {
                return Optional.of(problem(Reason.NOT_A_DIRECTORY, directory, at, found));
            }
            if (!Files.isWritable(at) || !Files.isExecutable(at)) {
                return Optional.of(problem(Reason.NOT_WRITABLE, directory, at, found));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | SecurityException cannotExamine) {
            return Optional.empty();
        }
    }

    /** What is at {@code path}; a symbolic link counts as what it points to. */
    private static Entry entry(Path path, BasicFileAttributes own) {
        if (!own.isSymbolicLink()) {
            return entry(FileType.of(path, own, LinkOption.NOFOLLOW_LINKS));
        }
        try {
            return entry(FileType.of(path, Files.readAttributes(path, BasicFileAttributes.class)));
        } catch (IOException | SecurityException dangling) {
            return Entry.DANGLING_LINK;
        }
    }

    private static Entry entry(FileType type) {
        return switch (type) {
            case DIRECTORY -> Entry.DIRECTORY;
            case REGULAR_FILE -> Entry.REGULAR_FILE;
            case FIFO -> Entry.FIFO;
            case SOCKET -> Entry.SOCKET;
            case CHARACTER_DEVICE, BLOCK_DEVICE -> Entry.DEVICE;
            case SYMBOLIC_LINK, SPECIAL -> Entry.OTHER;
        };
    }

    private static StateDirectoryProblem problem(Reason reason, Path directory, Path at, Entry found) {
        return new StateDirectoryProblem(reason, directory.toString(), at.toString(), found);
    }
}
