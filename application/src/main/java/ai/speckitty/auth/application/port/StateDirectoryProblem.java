package ai.speckitty.auth.application.port;

import java.util.Objects;

/**
 * Why the state directory cannot take a session.
 *
 * @param reason    what is wrong
 * @param directory the state directory
 * @param location  the path at fault: the directory itself, or the ancestor that stops its creation
 * @param found     what is at {@code location}
 */
public record StateDirectoryProblem(Reason reason, String directory, String location, Entry found) {

    public StateDirectoryProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(found, "found");
    }

    /** True when the fault is the directory itself rather than an ancestor on the way to it. */
    public boolean atDirectory() {
        return directory.equals(location);
    }

    /** What is wrong at {@code location}. */
    public enum Reason {
        /** Something other than a directory is there (a file, a FIFO, a dangling link...). */
        NOT_A_DIRECTORY,
        /** A directory this user may not write (or a read-only file system). */
        NOT_WRITABLE
    }

    /** What was found at {@code location}. */
    public enum Entry {
        DIRECTORY,
        REGULAR_FILE,
        /** A symbolic link whose target does not exist. */
        DANGLING_LINK,
        FIFO,
        SOCKET,
        DEVICE,
        OTHER
    }
}
