package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.LockState;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.port.StorageInspector.UnstickResult;
import ai.speckitty.auth.application.port.StorageModes;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Doctor's view of the storage: read-only, lock probed without waiting (SPEC §3, §4.8). */
class FileStorageInspectorTest {
    private static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path home() {
        return dir.resolve("home");
    }

    private FileStorageInspector inspector() {
        return new FileStorageInspector(home());
    }

    private TomlSessionStore store() {
        return new TomlSessionStore(home(), Clock.systemUTC(), "test");
    }

    @Test
    void withoutARootNothingIsPresentAndNothingIsCreated() {
        StorageFacts facts = inspector().inspect();
        assertEquals(home().toString(), facts.rootLocation());
        assertEquals(Optional.empty(), facts.rootMode());
        assertEquals(home().resolve("credentials").toString(), facts.credentialsLocation());
        assertFalse(facts.credentialsPresent());
        assertEquals(new LockState(home().resolve("credentials.lock").toString(), false, Optional.empty()), facts.lock());
        assertEquals(UnstickResult.NOTHING_TO_CLEAR, inspector().clearStaleLockRecord());
        assertFalse(Files.exists(home()), "inspecting created the root");
    }

    @Test
    void aRootWithoutLockFileIsUnheldAndGetsNoLockFile() throws IOException {
        Files.createDirectories(home());
        assertFalse(inspector().inspect().lock().held());
        assertFalse(Files.exists(home().resolve("credentials.lock")));
    }

    @Test
    void filesWrittenByTheStoreHaveSafeModes() throws IOException {
        write("safe");
        StorageFacts facts = inspector().inspect();
        assertTrue(facts.credentialsPresent());
        assertEquals(Optional.of("0600"), facts.credentialsMode());
        assertEquals(Optional.of("0700"), facts.rootMode());
        assertFalse(facts.credentialsModeUnsafe());
        assertFalse(facts.rootModeUnsafe());
        assertEquals("0600", PosixModes.modeOf(home().resolve("credentials.lock")).orElseThrow());
    }

    @Test
    void aWorldReadableFileIsReportedAndTheNextWriteMakesIt0600() throws IOException {
        write("before");
        Files.setPosixFilePermissions(home().resolve("credentials"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(home(), PosixFilePermissions.fromString("rwxr-xr-x"));
        StorageFacts loose = inspector().inspect();
        assertEquals(Optional.of("0644"), loose.credentialsMode());
        assertTrue(loose.credentialsModeUnsafe());
        assertEquals(Optional.of("0755"), loose.rootMode());
        assertTrue(loose.rootModeUnsafe());
        // A read still works: permissions are the doctor's business, not an error of the store.
        assertEquals(TestSessions.session("before"), ((ai.speckitty.auth.application.port.SessionRead.Present) store().read()).session());

        write("after");
        assertEquals(Optional.of("0600"), inspector().inspect().credentialsMode());
    }

    @Test
    void theModesAloneAreThoseOfTheFullInspectionAndCreateNothing() throws IOException {
        assertEquals(inspector().inspect().modes(), inspector().modes());
        assertFalse(Files.exists(home()), "reading modes created the root");

        write("loose");
        Files.setPosixFilePermissions(home().resolve("credentials"), PosixFilePermissions.fromString("rw-r-----"));
        Files.setPosixFilePermissions(home(), PosixFilePermissions.fromString("rwxr-x---"));
        StorageModes modes = inspector().modes();
        assertEquals(inspector().inspect().modes(), modes);
        assertEquals(Optional.of("0640"), modes.credentialsMode());
        assertEquals(Optional.of("0750"), modes.rootMode());
        assertTrue(modes.credentialsPresent());
    }

    @Test
    void aStaleRecordOnAFreeLockIsShownAndCanBeCleared() throws IOException {
        Files.createDirectories(home());
        String record = HolderRecord.format(new LockHolder(4242, "elsewhere", Optional.of(Instant.parse("2026-11-23T10:00:00Z")), "0.9"));
        Files.writeString(home().resolve("credentials.lock"), record);

        LockState stale = inspector().inspect().lock();
        assertFalse(stale.held());
        assertEquals(4242, stale.holder().orElseThrow().pid());
        assertEquals("elsewhere", stale.holder().orElseThrow().host());

        assertEquals(UnstickResult.CLEARED, inspector().clearStaleLockRecord());
        assertEquals(0, Files.size(home().resolve("credentials.lock")));
        assertEquals(UnstickResult.NOTHING_TO_CLEAR, inspector().clearStaleLockRecord());
        assertTrue(Files.exists(home().resolve("credentials.lock")));
    }

    @Test
    void aLockHeldInThisJvmIsReportedAndSurvivesInspection() throws Exception {
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            LockState held = inspector().inspect().lock();
            assertTrue(held.held());
            assertEquals(ProcessHandle.current().pid(), held.holder().orElseThrow().pid());
            assertEquals(UnstickResult.HELD_BY_LIVE_PROCESS, inspector().clearStaleLockRecord());
            assertTrue(inspector().inspect().lock().holder().isPresent(), "the live holder's record was cleared");

            // Closing a second channel on the file would drop our OS lock; another process must still see it held.
            try (ChildJvm other = ChildJvm.start("probe", home().toString())) {
                assertEquals("BUSY", other.awaitLine("", START));
            }
            tx.write(TestSessions.session("still-held"));
        }
        try (ChildJvm other = ChildJvm.start("probe", home().toString())) {
            assertEquals("FREE", other.awaitLine("", START));
        }
    }

    private void write(String label) {
        try (SessionTransaction tx = store().lock(Duration.ZERO).orElseThrow()) {
            tx.write(TestSessions.session(label));
        }
    }
}
