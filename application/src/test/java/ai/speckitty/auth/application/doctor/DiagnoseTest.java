package ai.speckitty.auth.application.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.Settings;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.FakeStorageInspector;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.domain.doctor.FindingId;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DiagnoseTest {
    private static final String HOST = "box1";

    private SessionRead read = new SessionRead.Present(TestSessions.session("fresh"));
    private FakeStorageInspector inspector = FakeStorageInspector.healthy();
    private Settings settings = FakeSettings.none();
    private InMemorySessionStore store;

    private DoctorReport diagnose() {
        return doctor().diagnose();
    }

    private Diagnose doctor() {
        store = new InMemorySessionStore();
        store.preset(read);
        return new Diagnose(store, inspector, new ServerResolver(settings), Clock.fixed(TestSessions.NOW, ZoneOffset.UTC),
                () -> HOST);
    }

    private static List<FindingId> ids(DoctorReport report) {
        return report.findings().stream().map(Finding::id).toList();
    }

    private static Finding only(DoctorReport report, FindingId id) {
        List<Finding> matching = report.findings().stream().filter(f -> f.id() == id).toList();
        assertEquals(1, matching.size(), report.findings().toString());
        return matching.get(0);
    }

    private static LockHolder holder(String host, Duration age) {
        return new LockHolder(4242, host, Optional.of(TestSessions.NOW.minus(age)), "0.1.0");
    }

    @Test
    void healthySessionHasNoFindingAndNoCritical() {
        DoctorReport report = diagnose();
        assertEquals(List.of(), report.findings());
        assertFalse(report.hasCriticalFinding());
        assertTrue(report.credentials().readable());
        assertEquals(OptionalLong.of(1), report.credentials().schemaVersion());
        assertEquals(Optional.of("sess_fresh"), report.session().orElseThrow().sessionId());
        assertEquals(0, store.lockAttempts(), "doctor never takes the lock");
        assertEquals(0, inspector.clearCalls(), "doctor changes nothing");
    }

    @Test
    void f001NoSession() {
        read = new SessionRead.Absent();
        inspector = new FakeStorageInspector(FakeStorageInspector.facts(null, false, null, FakeStorageInspector.free()));
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_001), ids(report));
        assertEquals(new Finding.NoSession(), only(report, FindingId.F_001));
        assertTrue(report.hasCriticalFinding());
        assertEquals(Optional.empty(), report.session());
        assertEquals(CredentialsState.ParseState.NO_SESSION, report.credentials().state());
    }

    @Test
    void f003StuckLockAndNotWhenYoung() {
        inspector.setFacts(FakeStorageInspector.facts("0700", true, "0600",
                FakeStorageInspector.lock(true, holder(HOST, Duration.ofSeconds(61)))));
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_003), ids(report));
        assertEquals(new Finding.LockStuck(4242, "box1"), only(report, FindingId.F_003));
        assertTrue(report.lock().stuck());
        assertEquals(Optional.of(Duration.ofSeconds(61)), report.lock().age());
        assertTrue(report.hasCriticalFinding());

        inspector.setFacts(FakeStorageInspector.facts("0700", true, "0600",
                FakeStorageInspector.lock(true, holder(HOST, Duration.ofSeconds(60)))));
        DoctorReport young = diagnose();
        assertEquals(List.of(), ids(young), "60 s is not yet stuck");
        assertTrue(young.lock().held());
        assertFalse(young.lock().stuck());
    }

    @Test
    void heldLockWithoutRecordIsNotStuck() {
        inspector.setFacts(FakeStorageInspector.facts("0700", true, "0600",
                new ai.speckitty.auth.application.port.LockState(FakeStorageInspector.LOCK, true, Optional.empty())));
        DoctorReport report = diagnose();
        assertEquals(List.of(), ids(report));
        assertTrue(report.lock().held());
        assertEquals(Optional.empty(), report.lock().age());
    }

    @Test
    void f007HolderOnAnotherHostAndNotOnThisOne() {
        inspector.setFacts(FakeStorageInspector.facts("0700", true, "0600",
                FakeStorageInspector.lock(true, holder("box2", Duration.ofSeconds(3)))));
        assertEquals(List.of(FindingId.F_007), ids(diagnose()));
        assertEquals(new Finding.LockOnOtherHost(4242, "box2"), only(diagnose(), FindingId.F_007));

        inspector.setFacts(FakeStorageInspector.facts("0700", true, "0600",
                FakeStorageInspector.lock(true, holder("BOX1", Duration.ofSeconds(3)))));
        assertEquals(List.of(), ids(diagnose()), "host names compare case-insensitively");
    }

    @Test
    void f101Unreadable() {
        read = new SessionRead.Unreadable("/h/credentials", "line 3, column 1: unexpected end of input");
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_101), ids(report));
        assertEquals(new Finding.CredentialsUnreadable("/h/credentials", "line 3, column 1: unexpected end of input",
                UnreadableKind.DAMAGED_FILE), only(report, FindingId.F_101));
        assertEquals(CredentialsState.ParseState.UNREADABLE, report.credentials().state());
        assertEquals(Optional.of("line 3, column 1: unexpected end of input"), report.credentials().reason());
    }

    @Test
    void f101NotARegularFileAsksForItsRemovalNotForLoginForce() {
        read = new SessionRead.Unreadable("/h/credentials", "it is a FIFO (named pipe), not a regular file",
                UnreadableKind.NOT_A_REGULAR_FILE);
        Finding.CredentialsUnreadable f = (Finding.CredentialsUnreadable) only(diagnose(), FindingId.F_101);
        assertEquals(UnreadableKind.NOT_A_REGULAR_FILE, f.kind(), "its remedy is removal, not login --force");
    }

    @Test
    void f102NewerVersion() {
        read = new SessionRead.FromNewerVersion("/h/credentials", 3);
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_102), ids(report));
        assertEquals(new Finding.CredentialsFromNewerVersion("/h/credentials", 3), only(report, FindingId.F_102));
        assertEquals(OptionalLong.of(3), report.credentials().schemaVersion());
        assertFalse(report.credentials().readable());
    }

    @Test
    void f103FileAndRootEachWithTheirRemedy() {
        inspector.setFacts(FakeStorageInspector.facts("0755", true, "0644", FakeStorageInspector.free()));
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_103, FindingId.F_103), ids(report));
        assertEquals(List.of("chmod 600 " + FakeStorageInspector.CREDENTIALS, "chmod 700 " + FakeStorageInspector.ROOT),
                report.findings().stream().map(f -> ((Finding.PermissionsTooOpen) f).problem().remedy()).toList());
        assertTrue(report.hasCriticalFinding());
    }

    @Test
    void f104RefreshExpiredAndNotWhenServerManaged() {
        read = new SessionRead.Present(TestSessions.expiringIn(Duration.ofHours(-2), Duration.ofSeconds(-10)));
        assertEquals(List.of(FindingId.F_104), ids(diagnose()));

        read = new SessionRead.Present(TestSessions.expiringIn(Duration.ofHours(-2), null));
        assertEquals(List.of(FindingId.F_107), ids(diagnose()), "no known refresh expiry: refreshed on next use");
    }

    @Test
    void f104WhenAccessExpiredAndNoRefreshTokenExists() {
        read = new SessionRead.Present(
                TestSessions.withoutRefreshToken(TestSessions.expiringIn(Duration.ofHours(-2), null)));
        assertEquals(List.of(FindingId.F_104), ids(diagnose()));
        read = new SessionRead.Present(
                TestSessions.withoutRefreshToken(TestSessions.expiringIn(Duration.ofHours(2), null)));
        assertEquals(List.of(), ids(diagnose()), "still usable until the access token expires");
    }

    @Test
    void f105ConfiguredServerDiffersAndNotWithTrailingSlash() {
        settings = FakeSettings.config("https://other.example");
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_105), ids(report));
        assertFalse(report.hasCriticalFinding(), "F-105 is a warning");
        Finding.ServerMismatch mismatch = (Finding.ServerMismatch) only(report, FindingId.F_105);
        assertEquals("https://other.example", mismatch.configured().value());
        assertEquals(TestSessions.SERVER, mismatch.sessionUrl().value());
        assertEquals(ServerSource.CONFIG_FILE, mismatch.source());

        settings = FakeSettings.env(TestSessions.SERVER + "/");
        assertEquals(List.of(), ids(diagnose()));
    }

    @Test
    void f106StaleRecordOnFreeLock() {
        inspector.setFacts(FakeStorageInspector.facts("0700", true, "0600",
                FakeStorageInspector.lock(false, holder(HOST, Duration.ofHours(5)))));
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_106), ids(report), "a stale record is never stuck, however old");
        assertEquals(new Finding.StaleLockRecord(4242, HOST), only(report, FindingId.F_106));
        assertFalse(report.hasCriticalFinding());
        assertTrue(report.lock().staleRecord());
        assertFalse(report.lock().stuck());
    }

    @Test
    void f107AccessExpiredButRefreshable() {
        read = new SessionRead.Present(TestSessions.expiringIn(Duration.ofSeconds(4), Duration.ofDays(3)));
        DoctorReport report = diagnose();
        assertEquals(List.of(FindingId.F_107), ids(report));
        assertEquals(new Finding.AccessTokenExpired(), only(report, FindingId.F_107));
        assertFalse(report.hasCriticalFinding());
    }

    @Test
    void findingsAreOrderedMostSevereFirst() {
        read = new SessionRead.Present(TestSessions.expiringIn(Duration.ofSeconds(-4), Duration.ofDays(3)));
        settings = FakeSettings.env("https://other.example");
        inspector.setFacts(FakeStorageInspector.facts("0700", true, "0640",
                FakeStorageInspector.lock(false, holder("box9", Duration.ofHours(1)))));
        assertEquals(List.of(FindingId.F_103, FindingId.F_007, FindingId.F_105, FindingId.F_106, FindingId.F_107),
                ids(diagnose()));
    }

    @Test
    void unstickLockDelegatesToTheInspectorAndReportsItsResult() {
        inspector.withUnstickResult(StorageInspector.UnstickResult.HELD_BY_LIVE_PROCESS);
        assertEquals(StorageInspector.UnstickResult.HELD_BY_LIVE_PROCESS, doctor().unstickLock());
        assertEquals(1, inspector.clearCalls());
    }

    @Test
    void serverResolutionIsReportedWithoutSession() {
        read = new SessionRead.Absent();
        settings = FakeSettings.env("https://env.example");
        DoctorReport report = diagnose();
        assertEquals("https://env.example", report.server().resolved().orElseThrow().value());
        assertFalse(report.server().mismatch());
    }
}
