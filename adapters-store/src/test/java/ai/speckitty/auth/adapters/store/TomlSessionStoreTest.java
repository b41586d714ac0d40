package ai.speckitty.auth.adapters.store;

import static ai.speckitty.auth.domain.testkit.TestSessions.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.application.testkit.SessionStoreContract;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TomlSessionStoreTest extends SessionStoreContract {
    private static final byte[] GARBAGE = "[tokens\naccess = \"half".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path home() {
        return dir.resolve("home");
    }

    private TomlSessionStore store() {
        return new TomlSessionStore(home(), Clock.fixed(NOW, ZoneOffset.UTC), "9.9.9-test");
    }

    @Override
    protected SessionStore newStore() {
        return store();
    }

    @Override
    protected void makeUnreadable(SessionStore store) throws IOException {
        Files.createDirectories(home());
        Files.write(home().resolve("credentials"), GARBAGE);
    }

    @Test
    void theLocationIsTheCredentialsPath() {
        assertEquals(home().resolve("credentials").toString(), store().location());
    }

    @Test
    void readingCreatesNothing() {
        assertInstanceOf(SessionRead.Absent.class, store().read());
        assertFalse(Files.exists(home()));
    }

    @Test
    void setAsideKeepsTheUnreadableBytesBesideUnderATimestampedName() throws IOException {
        makeUnreadable(store());
        String aside;
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            aside = tx.setAside(NOW);
        }
        assertEquals(home().resolve("credentials.corrupt-20261123T170000Z").toString(), aside);
        assertArrayEquals(GARBAGE, Files.readAllBytes(Path.of(aside)));
        assertFalse(Files.exists(home().resolve("credentials")));

        makeUnreadable(store());
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            assertEquals(aside + "-1", tx.setAside(NOW));
        }
    }

    @Test
    void setAsideWithoutAFileFailsNamingTheType() {
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            StoreFailure failure = assertThrows(StoreFailure.class, () -> tx.setAside(NOW));
            assertEquals("NoSuchFileException", failure.errorType());
            assertTrue(failure.getMessage().contains(home().resolve("credentials").toString()), failure.getMessage());
        }
    }

    @Test
    void theHolderRecordIsWrittenWhileHeldAndTruncatedOnRelease() throws IOException {
        FileStorageInspector inspector = new FileStorageInspector(home());
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            LockHolder holder = inspector.inspect().lock().holder().orElseThrow();
            assertEquals(ProcessHandle.current().pid(), holder.pid());
            assertEquals(HostName.current(), holder.host());
            assertEquals(NOW, holder.startedAt().orElseThrow());
            assertEquals("9.9.9-test", holder.version());
            assertTrue(inspector.inspect().lock().held());
            tx.write(TestSessions.session("while-recorded"));
        }
        assertEquals(0, Files.size(home().resolve("credentials.lock")));
        assertTrue(Files.exists(home().resolve("credentials.lock")), "the lock file is never deleted");
    }

    @Test
    void aWriteRemovesTempFilesLeftByADeadWriterAndFailedWritesLeaveNone() throws IOException {
        Files.createDirectories(home());
        Files.write(home().resolve("credentials.tmp-deadbeef"), "half a session".getBytes(StandardCharsets.UTF_8));
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            tx.write(TestSessions.session("fresh"));
        }
        assertEquals(List.of(), tempFiles());

        // A directory where the credentials should be makes the atomic move fail.
        Files.delete(home().resolve("credentials"));
        Files.createDirectory(home().resolve("credentials"));
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            StoreFailure failure = assertThrows(StoreFailure.class, () -> tx.write(TestSessions.session("blocked")));
            assertTrue(failure.getMessage().startsWith("Could not write the credentials at " + home().resolve("credentials")),
                    failure.getMessage());
            assertFalse(failure.errorType().isBlank());
        }
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void aRootThatIsAFileMakesLockFailNamingWhere() throws IOException {
        Files.writeString(home(), "not a directory");
        StoreFailure failure = assertThrows(StoreFailure.class, () -> store().lock(Duration.ZERO));
        assertTrue(failure.getMessage().contains(home().toString()), failure.getMessage());
        assertEquals("FileAlreadyExistsException", failure.errorType());
    }

    @Test
    void aNestedLockInTheSameThreadTimesOutInsteadOfFailing() {
        try (SessionTransaction outer = store().lock(Duration.ZERO).orElseThrow()) {
            assertEquals(java.util.Optional.empty(), store().lock(Duration.ofMillis(50)));
            outer.write(TestSessions.session("still-mine"));
        }
        assertEquals(new SessionRead.Present(TestSessions.session("still-mine")), store().read());
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(home())) {
            return files.filter(p -> p.getFileName().toString().startsWith("credentials.tmp-")).toList();
        }
    }
}
