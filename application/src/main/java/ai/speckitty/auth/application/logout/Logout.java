package ai.speckitty.auth.application.logout;

import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.application.port.StoreFailure;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Logs out (SPEC §4.5): under the lock, revoke the refresh token (RFC 7009) unless forced, then
 * always delete the local session, whatever the server said. Holding the lock throughout means no
 * concurrent refresh can re-create the session.
 */
public final class Logout {
    private final SessionStore store;
    private final AuthServers servers;
    private final ServerResolver resolver;
    private final Clock clock;
    private final Duration lockTimeout;

    public Logout(SessionStore store, AuthServers servers, ServerResolver resolver, Clock clock, Duration lockTimeout) {
        this.store = store;
        this.servers = servers;
        this.resolver = resolver;
        this.clock = clock;
        this.lockTimeout = lockTimeout;
    }

    /** Logs out; the settings are consulted only to revoke a session that records no server. */
    public LogoutResult execute(boolean force) {
        Optional<SessionTransaction> lock = store.lock(lockTimeout);
        if (lock.isEmpty()) {
            return new LogoutResult.LockBusy();
        }
        try (SessionTransaction tx = lock.get()) {
            SessionRead read = tx.read();
            if (read instanceof SessionRead.Absent) {
                return new LogoutResult.NotLoggedIn();
            }
            if (read instanceof SessionRead.FromNewerVersion newer) {
                return new LogoutResult.FromNewerVersion(newer.location(), newer.schemaVersion());
            }
            if (read instanceof SessionRead.Unreadable unreadable) {
                // Only a damaged file is set aside; anything else at the path is left to the user.
                return unreadable.kind() == UnreadableKind.NOT_A_REGULAR_FILE
                        ? new LogoutResult.NotARegularFile(unreadable.location(), unreadable.reason())
                        : setAside(tx);
            }
            StoredSession session = ((SessionRead.Present) read).session();
            Revocation revocation = force ? new Revocation.SkippedByForce() : revoke(session);
            try {
                tx.delete();
                return new LogoutResult.LoggedOut(revocation);
            } catch (StoreFailure e) {
                return new LogoutResult.DeleteFailed(revocation, store.location(), e.errorType());
            }
        }
    }

    private LogoutResult setAside(SessionTransaction tx) {
        try {
            return new LogoutResult.UnreadableSetAside(tx.setAside(clock.instant()));
        } catch (StoreFailure e) {
            return new LogoutResult.DeleteFailed(new Revocation.UnreadableCredentials(),
                    store.location(), e.errorType());
        }
    }

    private Revocation revoke(StoredSession session) {
        if (session.tokens().refresh().isEmpty()) {
            return new Revocation.Attempted(RevokeOutcome.NO_REFRESH_TOKEN);
        }
        Optional<ServerUrl> recorded = session.server();
        Optional<ServerResolution> resolution = recorded.isPresent()
                ? Optional.empty()
                : Optional.of(resolver.resolve(Optional.of(session)));
        Optional<ServerUrl> server = recorded.or(() -> resolution.flatMap(ServerResolution::resolved));
        if (server.isEmpty()) {
            return new Revocation.NoServerKnown();
        }
        // The settings are not read for a session that records its server: the source is the session.
        Optional<ServerUsed> used = Optional.of(recorded.isPresent()
                ? new ServerUsed(server.get(), ServerSource.SESSION, Optional.empty())
                : ServerUsed.forSession(recorded, resolution.orElseThrow()));
        try {
            return new Revocation.Attempted(servers.at(server.get()).revoke(session.tokens().refresh().get()), used);
        } catch (RuntimeException unexpected) {
            // SPEC §4.5: an unexpected error is a SERVER_FAILURE, and the local delete still happens.
            return new Revocation.Attempted(RevokeOutcome.SERVER_FAILURE, used);
        }
    }
}
