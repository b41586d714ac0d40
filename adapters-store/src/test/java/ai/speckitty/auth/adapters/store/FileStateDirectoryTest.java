package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.StateDirectoryProblem;
import ai.speckitty.auth.application.port.StateDirectoryProblem.Entry;
import ai.speckitty.auth.application.port.StateDirectoryProblem.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state directory check before a login, on real paths: what is in the way is named, nothing is created. */
class FileStateDirectoryTest {
    @TempDir
    Path tmp;

    private static Optional<StateDirectoryProblem> check(Path root) {
        return new FileStateDirectory(root).problem();
    }

    private static StateDirectoryProblem expected(Reason reason, Path directory, Path location, Entry found) {
        return new StateDirectoryProblem(reason, directory.toString(), location.toString(), found);
    }

    @Test
    void anExistingWritableDirectoryIsFine() throws IOException {
        Path home = Files.createDirectory(tmp.resolve("home"));
        assertEquals(Optional.empty(), check(home));
    }

    @Test
    void aMissingDirectoryThatCanBeCreatedIsFineAndIsNotCreated() {
        Path home = tmp.resolve("a").resolve("b").resolve("home");
        assertEquals(Optional.empty(), check(home));
        assertFalse(Files.exists(tmp.resolve("a")), "the check creates nothing");
    }

    @Test
    void aRegularFileInPlaceOfTheDirectoryIsNamed() throws IOException {
        Path home = Files.writeString(tmp.resolve("home"), "not a directory");
        StateDirectoryProblem problem = check(home).orElseThrow();
        assertEquals(expected(Reason.NOT_A_DIRECTORY, home, home, Entry.REGULAR_FILE), problem);
        assertTrue(problem.atDirectory());
        assertEquals("not a directory", Files.readString(home), "left as it was");
    }

    @Test
    void aFifoInPlaceOfTheDirectoryIsNamed() throws IOException, InterruptedException {
        Path home = SpecialFiles.fifo(tmp.resolve("home"));
        assertEquals(Optional.of(expected(Reason.NOT_A_DIRECTORY, home, home, Entry.FIFO)), check(home));
    }

    @Test
    void aSocketInPlaceOfTheDirectoryIsNamed() throws IOException {
        Path home = SpecialFiles.socket(tmp.resolve("home"));
        assertEquals(Optional.of(expected(Reason.NOT_A_DIRECTORY, home, home, Entry.SOCKET)), check(home));
    }

    @Test
    void aDeviceIsNamed() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull), "a Unix /dev/null");
        assertEquals(Optional.of(expected(Reason.NOT_A_DIRECTORY, devNull, devNull, Entry.DEVICE)), check(devNull));
    }

    @Test
    void aFileOnTheWayNamesThatFileNotTheDirectory() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path home = file.resolve("state").resolve("home");
        StateDirectoryProblem problem = check(home).orElseThrow();
        assertEquals(expected(Reason.NOT_A_DIRECTORY, home, file, Entry.REGULAR_FILE), problem);
        assertFalse(problem.atDirectory());
    }

    @Test
    void aLinkToADirectoryIsFine() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("target"));
        Path home = Files.createSymbolicLink(tmp.resolve("home"), target);
        assertEquals(Optional.empty(), check(home));
    }

    @Test
    void aDanglingLinkCannotBecomeTheDirectory() throws IOException {
        Path home = Files.createSymbolicLink(tmp.resolve("home"), tmp.resolve("gone"));
        assertEquals(Optional.of(expected(Reason.NOT_A_DIRECTORY, home, home, Entry.DANGLING_LINK)), check(home));
    }

    @Test
    void aLinkToAFileIsNamedAsTheFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path home = Files.createSymbolicLink(tmp.resolve("home"), file);
        assertEquals(Optional.of(expected(Reason.NOT_A_DIRECTORY, home, home, Entry.REGULAR_FILE)), check(home));
    }

    @Test
    void aRelativePathIsReportedAbsolute() throws IOException {
        Path relative = Path.of("target", "state-check-" + ProcessHandle.current().pid());
        Files.deleteIfExists(relative);
        try {
            Files.writeString(relative, "x");
            assertEquals(Optional.of(expected(Reason.NOT_A_DIRECTORY, relative.toAbsolutePath(), relative.toAbsolutePath(),
                    Entry.REGULAR_FILE)), check(relative));
        } finally {
            Files.deleteIfExists(relative);
        }
    }

    /** Holds for everyone, root included: the OS refuses writes on a read-only mount whoever asks. */
    @Test
    void aDirectoryOnAReadOnlyFileSystemIsNotWritable() {
        Optional<Path> readOnly = Stream.of("/proc/sys", "/sys").map(Path::of)
                .filter(p -> Files.isDirectory(p) && !Files.isWritable(p)).findFirst();
        Assumptions.assumeTrue(readOnly.isPresent(), "a read-only mount (containers mount /proc/sys so)");
        Path home = readOnly.get().resolve("spec-kitty-home");
        assertEquals(Optional.of(expected(Reason.NOT_WRITABLE, home, readOnly.get(), Entry.DIRECTORY)), check(home));
    }

    /** chmod does not bind root, so this one runs for other users only. */
    @Test
    void aDirectoryWithoutWritePermissionIsNotWritable() throws IOException {
        Path parent = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-x------"));
        try {
            Assumptions.assumeFalse(Files.isWritable(parent), "root may write anything chmod forbids");
            for (Path home : List.of(parent, parent.resolve("home"))) {
                assertEquals(Optional.of(expected(Reason.NOT_WRITABLE, home, parent, Entry.DIRECTORY)), check(home));
            }
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
