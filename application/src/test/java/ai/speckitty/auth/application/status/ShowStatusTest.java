package ai.speckitty.auth.application.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.Settings;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.application.testkit.InMemorySessionStore;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShowStatusTest {
    private InMemorySessionStore store;

    private StatusReport status(SessionRead read, Settings settings) {
        store = new InMemorySessionStore();
        store.preset(read);
        return new ShowStatus(store, new ServerResolver(settings), Clock.fixed(TestSessions.NOW, ZoneOffset.UTC)).show();
    }

    private StatusReport status(StoredSession session) {
        return status(new SessionRead.Present(session), FakeSettings.none());
    }

    @Test
    void absentSessionIsNotAuthenticated() {
        StatusReport report = status(new SessionRead.Absent(), FakeSettings.none());
        assertInstanceOf(StatusReport.NotAuthenticated.class, report);
        assertFalse(report.authenticated());
        assertEquals(0, store.lockAttempts(), "status never takes the lock");
    }

    @Test
    void freshSessionIsSummarisedWithoutSecrets() {
        StoredSession fresh = TestSessions.builder("fresh").accessExpiresIn(Duration.ofMinutes(30))
                .issuedAgo(Duration.ofMinutes(30)).lastUsedAgo(Duration.ofMinutes(1)).defaultTeam("t_2").build();
        StatusReport report = status(fresh);
        SessionSummary s = assertInstanceOf(StatusReport.Authenticated.class, report).session();
        assertTrue(report.authenticated());
        assertEquals(Optional.of("ada@example.com"), s.email());
        assertEquals(Optional.of("Ada Lovelace"), s.name());
        assertEquals(Optional.of("u_123"), s.userId());
        assertEquals(Duration.ofMinutes(30), s.accessRemaining());
        assertFalse(s.accessExpired());
        assertEquals(Optional.of(Duration.ofDays(30)), s.refreshRemaining());
        assertEquals(Optional.of("sess_fresh"), s.sessionId());
        assertEquals(Optional.of(AuthMethod.DEVICE_CODE), s.authMethod());
        assertEquals(Optional.of(TestSessions.NOW.minusSeconds(60)), s.lastUsedAt());
        assertEquals(ServerSource.SESSION, s.server().source());
        assertEquals(List.of(
                new TeamSummary(Optional.of("t_1"), "Ada's space", Optional.of("owner"), true, false),
                new TeamSummary(Optional.of("t_2"), "Engines", Optional.of("member"), false, true)), s.teams());
        assertFalse(s.toString().contains(fresh.tokens().access().value()), s.toString());
        assertFalse(s.toString().contains(fresh.tokens().refresh().orElseThrow().value()), s.toString());
        assertEquals(0, store.lockAttempts());
    }

    @Test
    void expiredRefreshTokenIsSessionExpired() {
        StatusReport report = status(TestSessions.expiringIn(Duration.ofMinutes(-90), Duration.ofSeconds(-1)));
        SessionSummary s = assertInstanceOf(StatusReport.SessionExpired.class, report).session();
        assertFalse(report.authenticated());
        assertTrue(s.refreshExpired());
    }

    @Test
    void refreshExpiringExactlyNowCountsAsExpired() {
        assertInstanceOf(StatusReport.SessionExpired.class,
                status(TestSessions.expiringIn(Duration.ofMinutes(-1), Duration.ZERO)));
    }

    @Test
    void expiredAccessTokenWithLiveRefreshIsStillAuthenticated() {
        StatusReport report = status(TestSessions.expiringIn(Duration.ofSeconds(5), Duration.ofDays(1)));
        SessionSummary s = assertInstanceOf(StatusReport.Authenticated.class, report).session();
        assertTrue(s.accessExpired(), "5 s margin of SPEC §4.2");
    }

    @Test
    void serverManagedRefreshExpiryIsEmpty() {
        SessionSummary s = assertInstanceOf(StatusReport.Authenticated.class,
                status(TestSessions.expiringIn(Duration.ofMinutes(10), null))).session();
        assertEquals(Optional.empty(), s.refreshRemaining());
        assertFalse(s.refreshExpired());
    }

    @Test
    void legacySessionShowsUnknownFields() {
        SessionSummary s = assertInstanceOf(StatusReport.Authenticated.class, status(TestSessions.legacy())).session();
        assertEquals(Optional.of("old@example.com"), s.email());
        assertEquals(Optional.of("old@example.com"), s.name(), "name defaults to the email");
        assertEquals(Optional.empty(), s.sessionId());
        assertEquals(Optional.empty(), s.authMethod());
        assertEquals(Optional.empty(), s.server().sessionUrl());
        assertEquals(List.of(new TeamSummary(Optional.empty(), "old-team", Optional.empty(), false, true)), s.teams());
    }

    @Test
    void configuredServerDifferingFromSessionIsFlagged() {
        SessionSummary s = assertInstanceOf(StatusReport.Authenticated.class,
                status(new SessionRead.Present(TestSessions.session("fresh")), FakeSettings.env("https://other.example"))).session();
        assertTrue(s.server().mismatch());
        assertEquals("https://other.example", s.server().configured().orElseThrow().value());
    }

    @Test
    void unreadableAndNewerFilesArePassedOn() {
        assertEquals(new StatusReport.Unreadable("/x/credentials", "line 1", UnreadableKind.DAMAGED_FILE),
                status(new SessionRead.Unreadable("/x/credentials", "line 1"), FakeSettings.none()));
        assertEquals(new StatusReport.Unreadable("/x/credentials", "a FIFO", UnreadableKind.NOT_A_REGULAR_FILE),
                status(new SessionRead.Unreadable("/x/credentials", "a FIFO", UnreadableKind.NOT_A_REGULAR_FILE),
                        FakeSettings.none()));
        assertEquals(new StatusReport.FromNewerVersion("/x/credentials", 9),
                status(new SessionRead.FromNewerVersion("/x/credentials", 9), FakeSettings.none()));
    }
}
