package ai.speckitty.auth.adapters.store;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A path that names a FIFO, socket, device, directory or (where links are refused) a symbolic link. */
final class NotRegularFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    NotRegularFileException(Path path, String kind) {
        super(path.toString(), null, kind + ", not a regular file");
        this.kind = kind;
    }

    /** E.g. {@code it is a FIFO (named pipe), not a regular file}. */
    String reason() {
        return "it is " + kind + ", not a regular file";
    }
}
