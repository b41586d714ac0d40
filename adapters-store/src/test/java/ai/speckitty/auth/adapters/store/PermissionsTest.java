package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and directories are created with their modes, not chmod-ed afterwards (SPEC §6): checked in
 * a child JVM running under umask 000, where anything created with default modes is 0666/0777.
 */
class PermissionsTest {

    @TempDir
    Path dir;

    @Test
    void underAPermissiveUmaskTheStoreCreatesPrivateFilesAndDirectories() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path root = dir.resolve("parent").resolve("home");
        Path control = dir.resolve("control");
        List<String> lines = new ArrayList<>();
        try (ChildJvm child = ChildJvm.startWithUmask("000", "write", root.toString(), control.toString())) {
            lines.add(child.awaitLine("TEMPMODE", Duration.ofSeconds(30)));
            child.awaitLine("WRITTEN", Duration.ofSeconds(30));
            assertEquals(0, child.awaitExit(Duration.ofSeconds(30)));
        }
        // The control file proves the umask really was permissive.
        assertEquals("0666", mode(control));
        assertEquals(List.of("TEMPMODE 0600"), lines);
        assertEquals("0600", mode(Path.of(control + ".atomic")));
        assertEquals("0700", mode(root));
        assertEquals("0700", mode(root.getParent()));
        assertEquals("0600", mode(root.resolve("credentials")));
        assertEquals("0600", mode(root.resolve("credentials.lock")));
    }

    @Test
    void theTempFileIsAlready0600WhenCreated() throws IOException {
        List<String> modes = new ArrayList<>();
        AtomicFile.replace(dir.resolve("target"), "content".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                temp -> modes.add(modeUnchecked(temp) + " " + temp.getFileName().toString().startsWith("credentials.tmp-")));
        assertEquals(List.of("0600 true"), modes);
        assertEquals("content", Files.readString(dir.resolve("target")));
    }

    private static String mode(Path path) throws IOException {
        return PosixModes.modeOf(path).orElseThrow();
    }

    private static String modeUnchecked(Path path) {
        try {
            return mode(path);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
