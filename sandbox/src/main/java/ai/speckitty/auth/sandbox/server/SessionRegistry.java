package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.SandboxUser;
import ai.speckitty.auth.sandbox.SessionView;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions as token families (SPEC §1): one per login, a generation that counts rotations, the
 * current refresh token, the spent ones with the time they were spent, and the access tokens.
 * One lock guards everything: correctness over throughput.
 */
public final class SessionRegistry {

    /** What a refresh grant leads to. */
    public sealed interface RefreshOutcome {
        record Rotated(IssuedSession session) implements RefreshOutcome {
        }

        /** A spent token inside the grace window; the family stays alive. */
        record BenignReplay(long retryAfterSeconds) implements RefreshOutcome {
        }

        /** Unknown, expired, revoked, or replayed outside the window (which revokes the family). */
        record Rejected() implements RefreshOutcome {
        }
    }

    /** What an access token presented as Bearer is. */
    public sealed interface AccessCheck {
        record Valid(String sessionId, SandboxUser user, long generation, Instant createdAt, Instant refreshExpiresAt)
                implements AccessCheck {
        }

        /** Unknown, expired, or of a revoked family: deliberately one case (no reason is disclosed). */
        record Invalid() implements AccessCheck {
        }

        /** A refresh token was sent where an access token belongs. */
        record RefreshTokenPresented() implements AccessCheck {
        }
    }

    /** The token lifetimes that apply when tokens are issued. */
    public record Lifetimes(Duration accessTokenTtl, Duration refreshTokenTtl) {
    }

    private static final class Family {
        final String sessionId;
        final SandboxUser user;
        final Instant createdAt;
        final Map<String, Instant> spentAt = new HashMap<>();
        long generation;
        String currentRefreshToken;
        Instant currentRefreshExpiresAt;
        boolean revoked;

        Family(String sessionId, SandboxUser user, Instant createdAt) {
            this.sessionId = sessionId;
            this.user = user;
            this.createdAt = createdAt;
        }
    }

    private record AccessGrant(Family family, Instant expiresAt) {
    }

    private final Map<String, Family> bySessionId = new LinkedHashMap<>();
    private final Map<String, Family> byRefreshToken = new HashMap<>();
    private final Map<String, AccessGrant> byAccessToken = new HashMap<>();

    /** Starts a new family (a login) at generation 0. */
    public synchronized IssuedSession login(SandboxUser user, Instant now, Lifetimes lifetimes) {
        Family family = new Family(Secrets.sessionId(), user, now);
        bySessionId.put(family.sessionId, family);
        return issue(family, now, lifetimes);
    }

    /** The refresh grant: rotate, answer a benign replay, or reject (SPEC §1, §2.3). */
    public synchronized RefreshOutcome refresh(String refreshToken, Instant now, Lifetimes lifetimes, Duration grace) {
        Family family = byRefreshToken.get(refreshToken);
        if (family == null || family.revoked) {
            return new RefreshOutcome.Rejected();
        }
        if (refreshToken.equals(family.currentRefreshToken)) {
            if (family.currentRefreshExpiresAt != null && !now.isBefore(family.currentRefreshExpiresAt)) {
                return new RefreshOutcome.Rejected();
            }
            family.spentAt.put(refreshToken, now);
            family.generation++;
            return new RefreshOutcome.Rotated(issue(family, now, lifetimes));
        }
        Instant windowEnd = family.spentAt.get(refreshToken).plus(grace);
        if (!now.isAfter(windowEnd)) {
            long left = (Duration.between(now, windowEnd).toMillis() + 999) / 1000;
            return new RefreshOutcome.BenignReplay(Math.max(0, Math.min(5, left)));
        }
        family.revoked = true;
        return new RefreshOutcome.Rejected();
    }

    /** Revokes the family of a refresh token (current or spent); false when the token is unknown. */
    public synchronized boolean revokeByRefreshToken(String refreshToken) {
        Family family = byRefreshToken.get(refreshToken);
        if (family == null) {
            return false;
        }
        family.revoked = true;
        return true;
    }

    public synchronized boolean revokeSession(String sessionId) {
        Family family = bySessionId.get(sessionId);
        if (family == null) {
            return false;
        }
        family.revoked = true;
        return true;
    }

    public synchronized AccessCheck checkAccess(String token, Instant now) {
        if (byRefreshToken.containsKey(token)) {
            return new AccessCheck.RefreshTokenPresented();
        }
        AccessGrant grant = byAccessToken.get(token);
        if (grant == null || grant.family.revoked || !now.isBefore(grant.expiresAt)) {
            return new AccessCheck.Invalid();
        }
        Family f = grant.family;
        return new AccessCheck.Valid(f.sessionId, f.user, f.generation, f.createdAt, f.currentRefreshExpiresAt);
    }

    /** True when this is the family's current (unspent) refresh token and the family is alive. */
    public synchronized boolean isCurrentRefreshToken(String refreshToken) {
        Family family = byRefreshToken.get(refreshToken);
        return family != null && !family.revoked && refreshToken.equals(family.currentRefreshToken);
    }

    public synchronized Optional<SessionView> view(String sessionId) {
        return Optional.ofNullable(bySessionId.get(sessionId)).map(SessionRegistry::view);
    }

    /** The session a refresh or access token belongs to. */
    public synchronized Optional<SessionView> viewByToken(String token) {
        Family family = byRefreshToken.get(token);
        if (family == null && byAccessToken.containsKey(token)) {
            family = byAccessToken.get(token).family;
        }
        return Optional.ofNullable(family).map(SessionRegistry::view);
    }

    public synchronized List<SessionView> views() {
        List<SessionView> views = new ArrayList<>();
        bySessionId.values().forEach(f -> views.add(view(f)));
        return views;
    }

    private static SessionView view(Family f) {
        return new SessionView(f.sessionId, f.user.email(), f.generation, f.revoked, f.createdAt);
    }

    /** Whole seconds, rounded up, so the ISO-8601 value never promises less than the TTL. */
    private static Instant ceilToSecond(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.SECONDS);
        return truncated.equals(instant) ? instant : truncated.plusSeconds(1);
    }

    private IssuedSession issue(Family family, Instant now, Lifetimes lifetimes) {
        String refreshToken = Secrets.token(Secrets.REFRESH_PREFIX);
        family.currentRefreshToken = refreshToken;
        family.currentRefreshExpiresAt = lifetimes.refreshTokenTtl() == null ? null
                : ceilToSecond(now.plus(lifetimes.refreshTokenTtl()));
        byRefreshToken.put(refreshToken, family);
        String accessToken = Secrets.token(Secrets.ACCESS_PREFIX);
        Instant accessExpiresAt = now.plus(lifetimes.accessTokenTtl());
        byAccessToken.put(accessToken, new AccessGrant(family, accessExpiresAt));
        return new IssuedSession(family.sessionId, accessToken, refreshToken, now, accessExpiresAt,
                family.currentRefreshExpiresAt, family.generation, "offline_access", family.user);
    }
}
