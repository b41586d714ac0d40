package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file the store reads may block it or be misread (issue 7): a FIFO, socket, device, directory
 * or (for the credentials) a symbolic link is reported as "not a regular file" naming its kind, in
 * bounded time, and is never replaced, moved aside or deleted.
 */
class NonRegularFilesTest {
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final byte[] VALID = SessionTomlWriter.write(TestSessions.session("valid")).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path home;

    private TomlSessionStore store() {
        return new TomlSessionStore(home, Clock.systemUTC(), "test");
    }

    private Path credentials() {
        return home.resolve("credentials");
    }

    @Test
    void aFifoCredentialsFileIsReportedNotOpenedAndLeftAlone() throws Exception {
        SpecialFiles.fifo(credentials());
        assertRefusedEverywhere("it is a FIFO (named pipe), not a regular file");
    }

    @Test
    void aSocketCredentialsFileIsReportedAndLeftAlone() throws Exception {
        SpecialFiles.socket(credentials());
        assertRefusedEverywhere("it is a socket, not a regular file");
    }

    @Test
    void aDirectoryCredentialsFileIsReportedAndLeftAlone() throws Exception {
        Files.createDirectory(credentials());
        Files.writeString(credentials().resolve("inside"), "kept");
        assertRefusedEverywhere("it is a directory, not a regular file");
        assertEquals("kept", Files.readString(credentials().resolve("inside")));
    }

    @Test
    void aSymlinkedCredentialsFileIsRefusedAndNeitherLinkNorTargetChanges() throws Exception {
        Path target = Files.write(home.resolve("elsewhere"), VALID);
        Files.createSymbolicLink(credentials(), target);
        assertRefusedEverywhere("it is a symbolic link, not a regular file");
        assertTrue(Files.isSymbolicLink(credentials()));
        assertArrayEquals(VALID, Files.readAllBytes(target));
    }

    @Test
    void aLinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws Exception {
        Files.createSymbolicLink(credentials(), Path.of("/dev/zero"));
        assertRefusedEverywhere("it is a symbolic link, not a regular file");
    }

    @Test
    void aSymlinkedHomeDirectoryIsFine() throws Exception {
        Path real = Files.createDirectory(home.resolve("real"));
        Files.write(real.resolve("credentials"), VALID);
        Path linked = Files.createSymbolicLink(home.resolve("linked"), real);
        TomlSessionStore store = new TomlSessionStore(linked, Clock.systemUTC(), "test");
        assertInstanceOf(SessionRead.Present.class, store.read());
        try (SessionTransaction tx = store.lock(BOUND).orElseThrow()) {
            tx.write(TestSessions.session("next"));
        }
        assertEquals(TestSessions.session("next"), store.read().presentSession().orElseThrow());
    }

    @Test
    void aHugeSparseFileIsRefusedByItsSizeWithoutReadingIt() throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(credentials().toFile(), "rw")) {
            file.setLength(10L << 30);
        }
        SessionRead read = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> store().read());
        assertEquals(new SessionRead.Unreadable(credentials().toString(), "the file is larger than 1048576 bytes"), read);
    }

    @Test
    void aLockFileThatIsAFifoFailsTheLockWithItsKindAndDoctorStillAnswers() throws Exception {
        Path lock = SpecialFiles.fifo(home.resolve("credentials.lock"));
        StoreFailure failure = assertTimeoutPreemptively(BOUND, () -> assertThrows(StoreFailure.class, () -> store().lock(BOUND)));
        assertEquals("Could not open the lock file " + lock + ": it is a FIFO (named pipe), not a regular file", failure.getMessage());
        assertEquals("it is a FIFO (named pipe), not a regular file", failure.errorType());
        FileStorageInspector inspector = new FileStorageInspector(home);
        assertFalse(assertTimeoutPreemptively(BOUND, inspector::inspect).lock().held());
        StoreFailure unstick = assertTimeoutPreemptively(BOUND, () -> assertThrows(StoreFailure.class, inspector::clearStaleLockRecord));
        assertTrue(unstick.getMessage().endsWith("not a regular file"), unstick.getMessage());
        assertTrue(SpecialFiles.stillSpecial(lock));
    }

    @Test
    void aLockFileThatIsADirectoryFailsTheLock() throws Exception {
        Path lock = Files.createDirectory(home.resolve("credentials.lock"));
        StoreFailure failure = assertThrows(StoreFailure.class, () -> store().lock(BOUND));
        assertEquals("Could not open the lock file " + lock + ": it is a directory, not a regular file", failure.getMessage());
    }

    @Test
    void aConfigFileThatIsAFifoIsUnreadableNotBlocking() throws Exception {
        Path config = SpecialFiles.fifo(home.resolve("config.toml"));
        ServerSetting setting = assertTimeoutPreemptively(BOUND, () -> new EnvironmentSettings(Map.of(), home).configuredServer());
        assertEquals(new ServerSetting.ConfigUnreadable(config.toString(), "it is a FIFO (named pipe), not a regular file"), setting);
        assertTrue(SpecialFiles.stillSpecial(config));
    }

    @Test
    void aConfigFileMayBeALinkToARegularFileButNotToADevice() throws Exception {
        Path dotfile = Files.writeString(home.resolve("dotfiles-config.toml"),
                "[sync]\nserver_url = \"https://dotfiles.example\"\n");
        Path config = Files.createSymbolicLink(home.resolve("config.toml"), dotfile);
        assertEquals(new ServerSetting.Configured("https://dotfiles.example", ServerSetting.Source.CONFIG_FILE),
                new EnvironmentSettings(Map.of(), home).configuredServer());
        Files.delete(config);
        Files.createSymbolicLink(config, Path.of("/dev/zero"));
        ServerSetting setting = assertTimeoutPreemptively(BOUND, () -> new EnvironmentSettings(Map.of(), home).configuredServer());
        assertEquals(new ServerSetting.ConfigUnreadable(config.toString(), "it is a character device, not a regular file"), setting);
    }

    /** Read (with and without the lock), set aside, write: each refuses in bounded time, and the thing stays. */
    private void assertRefusedEverywhere(String reason) {
        Path credentials = credentials();
        SessionRead expected = new SessionRead.Unreadable(credentials.toString(), reason, UnreadableKind.NOT_A_REGULAR_FILE);
        assertEquals(expected, assertTimeoutPreemptively(BOUND, () -> store().read()));
        assertTimeoutPreemptively(BOUND, () -> {
            try (SessionTransaction tx = store().lock(BOUND).orElseThrow()) {
                assertEquals(expected, tx.read());
                StoreFailure aside = assertThrows(StoreFailure.class, () -> tx.setAside(Instant.now()));
                assertEquals("Could not set aside the credentials at " + credentials + ": " + reason, aside.getMessage());
                StoreFailure write = assertThrows(StoreFailure.class, () -> tx.write(TestSessions.session("new")));
                assertEquals("Could not write the credentials at " + credentials + ": " + reason, write.getMessage());
            }
        });
        assertTrue(SpecialFiles.stillSpecial(credentials), "left in place as it was");
        try (var files = Files.list(home)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith("credentials.corrupt-")).count(),
                    "nothing was moved aside");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
