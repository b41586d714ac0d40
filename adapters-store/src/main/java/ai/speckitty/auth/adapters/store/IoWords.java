package ai.speckitty.auth.adapters.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * Plain words for an I/O failure, for messages people read; the exception's type is kept apart
 * for {@code --debug} and its text never used (it may quote a path's content).
 */
final class IoWords {
    private IoWords() {}

    static String of(Throwable cause) {
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "a directory on the way does not exist";
        }
        if (cause instanceof NotDirectoryException) {
            return "a file stands where a directory should be";
        }
        if (cause instanceof DirectoryNotEmptyException) {
            return "a directory stands there";
        }
        if (cause instanceof FileAlreadyExistsException) {
            return "something else already exists there";
        }
        if (cause instanceof FileSystemLoopException) {
            return "symbolic links loop";
        }
        if (cause instanceof ReadOnlyFileSystemException) {
            return "the file system is read-only";
        }
        return "the file system reported an error";
    }
}
