package ai.speckitty.auth.application.token;

import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.token.AccessTokenResult.ExpiryCause;
import ai.speckitty.auth.application.token.AccessTokenResult.Problem;
import ai.speckitty.auth.domain.refresh.NextStep;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.RejectionRule;
import ai.speckitty.auth.domain.refresh.ReplayRule;
import ai.speckitty.auth.domain.refresh.SessionRotation;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Gets a usable access token (SPEC §4.3): a lock-free read when the token is fresh, otherwise the
 * refresh transaction under the cross-process lock, with the replay and rejection rules of §4.4.
 * The credentials are read once when the token is fresh and once more, under the lock, when it
 * must be refreshed; the settings are consulted only to refresh a session that records no server.
 */
public final class GetAccessToken {
    private final SessionStore store;
    private final AuthServers servers;
    private final ServerResolver resolver;
    private final Clock clock;
    private final Duration lockTimeout;

    public GetAccessToken(SessionStore store, AuthServers servers, ServerResolver resolver, Clock clock,
            Duration lockTimeout) {
        this.store = store;
        this.servers = servers;
        this.resolver = resolver;
        this.clock = clock;
        this.lockTimeout = lockTimeout;
    }

    /** Returns a fresh token, refreshing when needed. */
    public AccessTokenResult execute() {
        return execute(store.read(), Duration.ZERO);
    }

    /**
     * Returns a token still valid {@code minValidity} from now (beyond the margin of SPEC §4.2),
     * refreshing when it would not be; a token just refreshed is returned even if the server gives
     * shorter lifetimes than asked.
     */
    public AccessTokenResult execute(Duration minValidity) {
        return execute(store.read(), minValidity);
    }

    /**
     * The same, starting from a lock-free read the caller has just made (SPEC §4.3 step 1), so a
     * use case that looks at the session first does not read the file twice.
     */
    public AccessTokenResult execute(SessionRead read) {
        return execute(read, Duration.ZERO);
    }

    private AccessTokenResult execute(SessionRead read, Duration minValidity) {
        if (minValidity.isNegative()) {
            throw new IllegalArgumentException("minValidity must not be negative");
        }
        if (!(read instanceof SessionRead.Present present)) {
            return notPresent(read);
        }
        StoredSession seen = present.session();
        Instant now = clock.instant();
        if (seen.refreshTokenExpired(now)) {
            return new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_TOKEN_EXPIRED);
        }
        if (!seen.accessTokenExpired(now.plus(minValidity))) {
            return new AccessTokenResult.Ready(seen, false);
        }
        try {
            Optional<SessionTransaction> lock = store.lock(lockTimeout);
            if (lock.isEmpty()) {
                return freshAfterLockTimeout(minValidity);
            }
            try (SessionTransaction tx = lock.get()) {
                return refreshLocked(tx, seen, minValidity);
            }
        } catch (StoreFailure e) {
            // Taking the lock can fail as a write can (an unusable lock file); the session is kept either way.
            return new AccessTokenResult.Unavailable(Problem.STORE_FAILURE, Optional.empty());
        }
    }

    private AccessTokenResult freshAfterLockTimeout(Duration minValidity) {
        if (store.read() instanceof SessionRead.Present present
                && !present.session().accessTokenExpired(clock.instant().plus(minValidity))) {
            return new AccessTokenResult.Ready(present.session(), false);
        }
        return new AccessTokenResult.Unavailable(Problem.LOCK_BUSY, Optional.empty());
    }

    private AccessTokenResult refreshLocked(SessionTransaction tx, StoredSession seen, Duration minValidity) {
        SessionRead read = tx.read();
        if (!(read instanceof SessionRead.Present present)) {
            return notPresent(read);
        }
        StoredSession persisted = present.session();
        Instant now = clock.instant();
        // Another process may have refreshed (or logged in) while this one waited for the lock.
        if (!persisted.accessTokenExpired(now.plus(minValidity))) {
            return new AccessTokenResult.Ready(persisted, false);
        }
        // SPEC §4.3 step 8: a session written meanwhile is that expiry's one refresh, even when the
        // server's lifetime is shorter than minValidity; refreshing again would cost one per waiter.
        // The expiry test comes first: on the usual refresh path it is false, and a record's equals
        // would bootstrap its method handles there (about 30 classes spun at run time, ~25 ms).
        if (!persisted.accessTokenExpired(now) && !persisted.equals(seen)) {
            return new AccessTokenResult.Ready(persisted, false);
        }
        if (persisted.refreshTokenExpired(now)) {
            return new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_TOKEN_EXPIRED);
        }
        if (!persisted.canRefresh()) {
            return new AccessTokenResult.SessionExpired(ExpiryCause.NO_REFRESH_TOKEN);
        }
        return attempt(tx, persisted, Attempt.FIRST);
    }

    private AccessTokenResult attempt(SessionTransaction tx, StoredSession current, Attempt attempt) {
        // SPEC §4.1: the session's own server; only an older file without one reads the settings.
        Optional<ServerResolution> resolution = current.server().isPresent()
                ? Optional.empty() : Optional.of(resolver.resolve(Optional.of(current)));
        Optional<ServerUrl> server = current.server().or(() -> resolution.flatMap(ServerResolution::resolved));
        if (server.isEmpty()) {
            return new AccessTokenResult.Unavailable(Problem.NO_SERVER, Optional.empty());
        }
        RefreshResult result = servers.at(server.get()).refresh(current.tokens().refresh().orElseThrow());
        if (result instanceof RefreshResult.Failed failed) {
            // Only a failure reads the settings (if not read above): to name the server and any other one configured.
            ServerUsed used = ServerUsed.forSession(current.server(),
                    resolution.orElseGet(() -> resolver.resolve(Optional.of(current))));
            return new AccessTokenResult.Unavailable(Problem.SERVER_FAILURE, Optional.of(failed.failure()), Optional.of(used));
        }
        if (result instanceof RefreshResult.Rotated rotated) {
            StoredSession next = SessionRotation.apply(current, rotated.grant(), clock.instant());
            tx.write(next);
            return new AccessTokenResult.Ready(next, true);
        }
        if (attempt == Attempt.AFTER_REPLAY) {
            // SPEC §4.4: any failure of the one retry after a replay is the same retryable failure.
            return new AccessTokenResult.Unavailable(Problem.RETRY_FAILED, Optional.empty());
        }
        Optional<StoredSession> persistedNow = tx.read().presentSession();
        NextStep step = result instanceof RefreshResult.ReplayDetected
                ? ReplayRule.decide(current.tokens().refresh().orElseThrow(), persistedNow, clock.instant())
                : RejectionRule.decide(current, persistedNow, clock.instant());
        return follow(step, tx, attempt, result instanceof RefreshResult.ReplayDetected);
    }

    private AccessTokenResult follow(NextStep step, SessionTransaction tx, Attempt attempt, boolean replay) {
        if (step instanceof NextStep.UseNewer useNewer) {
            return new AccessTokenResult.Ready(useNewer.session(), false);
        }
        if (step instanceof NextStep.RetryWith retry) {
            return attempt == Attempt.FIRST
                    ? attempt(tx, retry.session(), replay ? Attempt.AFTER_REPLAY : Attempt.AFTER_REJECTION)
                    : new AccessTokenResult.Unavailable(Problem.SESSION_CHANGED, Optional.empty());
        }
        if (step instanceof NextStep.DeletePersisted) {
            tx.delete();
            return new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_REJECTED);
        }
        NextStep.GiveUp giveUp = (NextStep.GiveUp) step;
        return switch (giveUp.reason()) {
            case REPLAY_NO_NEWER_TOKEN -> new AccessTokenResult.Unavailable(Problem.REPLAY_NO_NEWER_TOKEN, Optional.empty());
            case SESSION_GONE -> new AccessTokenResult.Unavailable(Problem.SESSION_GONE, Optional.empty());
            case LOGIN_REQUIRED -> new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_REJECTED);
            case NEWER_SESSION_CANNOT_REFRESH -> new AccessTokenResult.SessionExpired(ExpiryCause.NO_REFRESH_TOKEN);
            case NEWER_SESSION_EXPIRED -> new AccessTokenResult.SessionExpired(ExpiryCause.REFRESH_TOKEN_EXPIRED);
        };
    }

    private static AccessTokenResult notPresent(SessionRead read) {
        return read instanceof SessionRead.Absent
                ? new AccessTokenResult.NotAuthenticated()
                : new AccessTokenResult.CredentialsProblem(read);
    }

    private enum Attempt {
        FIRST,
        AFTER_REPLAY,
        AFTER_REJECTION
    }
}
