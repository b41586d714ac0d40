package ai.speckitty.auth.adapters.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path is, down to the special files a hostile or unlucky home may hold in place of ours. */
enum FileType {
    REGULAR_FILE("a regular file"),
    DIRECTORY("a directory"),
    SYMBOLIC_LINK("a symbolic link"),
    FIFO("a FIFO (named pipe)"),
    SOCKET("a socket"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SPECIAL("a special file");

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private final String description;

    FileType(String description) {
        this.description = description;
    }

    /** E.g. {@code a FIFO (named pipe)}. */
    String description() {
        return description;
    }

    /** The type of {@code path}, whose {@code attributes} were read with the same link {@code options}. */
    static FileType of(Path path, BasicFileAttributes attributes, LinkOption... options) {
        if (attributes.isSymbolicLink()) {
            return SYMBOLIC_LINK;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        if (attributes.isRegularFile()) {
            return REGULAR_FILE;
        }
        try {
            // The "unix" view is the JDK's on Linux and macOS; elsewhere the type stays generic.
            int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
            return switch (mode & S_IFMT) {
                case S_IFIFO -> FIFO;
                case S_IFSOCK -> SOCKET;
                case S_IFCHR -> CHARACTER_DEVICE;
                case S_IFBLK -> BLOCK_DEVICE;
                default -> SPECIAL;
            };
        } catch (IOException | RuntimeException unknown) {
            return SPECIAL;
        }
    }
}
