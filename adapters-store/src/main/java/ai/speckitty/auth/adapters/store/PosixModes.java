package ai.speckitty.auth.adapters.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/** File modes: the attributes that create files 0600 and directories 0700, and modes as octal text. */
final class PosixModes {
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PosixModes() {
    }

    static boolean supported(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The attribute that creates a file 0600, or none where the file system has no POSIX modes. */
    static FileAttribute<?>[] privateFile(Path path) {
        return supported(path)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
    }

    /** The attribute that creates a directory 0700, or none where the file system has no POSIX modes. */
    static FileAttribute<?>[] privateDirectory(Path path) {
        return supported(path)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)}
                : new FileAttribute<?>[0];
    }

    /** The mode as four octal digits (e.g. {@code 0600}); empty when absent or not POSIX. */
    static Optional<String> modeOf(Path path) throws IOException {
        if (!supported(path) || !Files.exists(path)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> permissions = Files.getFileAttributeView(path, PosixFileAttributeView.class)
                .readAttributes()
                .permissions();
        return Optional.of(octal(permissions));
    }

    static String octal(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            // The enum runs OWNER_READ .. OTHERS_EXECUTE, i.e. from bit 8 down to bit 0.
            mode |= 1 << (8 - p.ordinal());
        }
        // Not String.format("%04o"): its Formatter is the only one on the path of every command.
        String digits = Integer.toOctalString(mode);
        return "0".repeat(4 - digits.length()) + digits;
    }
}
