package ai.speckitty.auth.domain.refresh;

import static ai.speckitty.auth.domain.testkit.TestSessions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SessionRotationTest {
    private static final StoredSession PREVIOUS = TestSessions.builder("s1").refreshToken("rt-old")
            .accessExpiresIn(Duration.ofSeconds(-10)).refreshExpiresIn(Duration.ofDays(1))
            .issuedAgo(Duration.ofHours(2)).build();

    private static TokenGrant grant(OptionalLong expiresIn, Optional<RefreshToken> refresh, Optional<Instant> refreshAt,
            OptionalLong refreshIn, Optional<String> scope, OptionalLong generation) {
        return new TokenGrant(new AccessToken("at-new"), expiresIn, refresh, Optional.of("ignored-session-id"), scope,
                refreshAt, refreshIn, generation);
    }

    @Test
    void takesEverythingTheResponseGivesAndKeepsIdentity() {
        Instant refreshAt = Instant.parse("2026-12-23T12:00:00Z");
        StoredSession next = SessionRotation.apply(PREVIOUS, grant(OptionalLong.of(600), Optional.of(new RefreshToken("rt-new")),
                Optional.of(refreshAt), OptionalLong.of(5), Optional.of("offline_access sync"), OptionalLong.of(8)), NOW);

        assertEquals(new AccessToken("at-new"), next.tokens().access());
        assertEquals(Optional.of(new RefreshToken("rt-new")), next.tokens().refresh());
        assertEquals(NOW.plusSeconds(600), next.tokens().accessExpiresAt());
        assertEquals(Optional.of(refreshAt), next.tokens().refreshExpiresAt());
        assertEquals(Optional.of("offline_access sync"), next.tokens().scope());
        assertEquals(OptionalLong.of(8), next.info().generation());
        assertEquals(Optional.of(NOW), next.info().issuedAt());
        assertEquals(Optional.of(NOW), next.info().lastUsedAt());
        assertEquals(PREVIOUS.info().id(), next.info().id());
        assertEquals(PREVIOUS.info().authMethod(), next.info().authMethod());
        assertEquals(PREVIOUS.user(), next.user());
        assertEquals(PREVIOUS.teams(), next.teams());
        assertEquals(PREVIOUS.server(), next.server());
    }

    @Test
    void fallsBackToPreviousValuesAndNeverInventsALifetime() {
        StoredSession next = SessionRotation.apply(PREVIOUS, grant(OptionalLong.empty(), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), OptionalLong.empty()), NOW);

        assertEquals(PREVIOUS.tokens().refresh(), next.tokens().refresh());
        assertEquals(NOW.plusSeconds(3600), next.tokens().accessExpiresAt());
        assertEquals(PREVIOUS.tokens().refreshExpiresAt(), next.tokens().refreshExpiresAt());
        assertEquals(PREVIOUS.tokens().scope(), next.tokens().scope());
        assertEquals(OptionalLong.empty(), next.info().generation());
    }

    @Test
    void refreshExpiryFromExpiresInWhenNoAbsoluteTime() {
        StoredSession next = SessionRotation.apply(PREVIOUS, grant(OptionalLong.of(60), Optional.empty(), Optional.empty(),
                OptionalLong.of(1000), Optional.empty(), OptionalLong.empty()), NOW);
        assertEquals(Optional.of(NOW.plusSeconds(1000)), next.tokens().refreshExpiresAt());
    }
}
