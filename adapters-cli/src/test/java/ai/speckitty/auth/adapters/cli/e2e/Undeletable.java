package ai.speckitty.auth.adapters.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes a directory refuse to lose (or gain) entries, so deleting a file in it fails. Mode 0500 is
 * enough for an ordinary user; root ignores permission bits, so there the directory is made
 * immutable ({@code chattr +i}, which binds root too) when the file system and capabilities allow.
 * Closing undoes it (JUnit must be able to clean the temp dir up).
 */
final class Undeletable implements AutoCloseable {
    private final Path dir;
    private final boolean immutable;

    private Undeletable(Path dir, boolean immutable) {
        this.dir = dir;
        this.immutable = immutable;
    }

    /** Empty when neither way works here (then the test is skipped, not passed). */
    static Optional<Undeletable> make(Path dir) {
        setMode(dir, "r-x------");
        if (!canCreateIn(dir)) {
            return Optional.of(new Undeletable(dir, false));
        }
        setMode(dir, "rwx------");
        if (chattr("+i", dir) && !canCreateIn(dir)) {
            return Optional.of(new Undeletable(dir, true));
        }
        chattr("-i", dir);
        return Optional.empty();
    }

    @Override
    public void close() {
        if (immutable) {
            if (!chattr("-i", dir)) {
                throw new IllegalStateException("could not undo chattr +i on " + dir);
            }
        } else {
            setMode(dir, "rwx------");
        }
    }

    private static boolean canCreateIn(Path dir) {
        Path probe = dir.resolve(".write-probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path dir) {
        try {
            Process p = new ProcessBuilder("chattr", flag, dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException noChattr) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void setMode(Path path, String rwx) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(rwx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
