package ai.speckitty.auth.application.status;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Reports the stored session offline, without the lock and without changing anything (SPEC §4.7). */
public final class ShowStatus {
    private final SessionStore store;
    private final ServerResolver servers;
    private final Clock clock;

    public ShowStatus(SessionStore store, ServerResolver servers, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.servers = Objects.requireNonNull(servers, "servers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the session once and describes it. */
    public StatusReport show() {
        SessionRead read = store.read();
        if (read instanceof SessionRead.Present present) {
            Instant now = clock.instant();
            ServerResolution server = servers.resolve(Optional.of(present.session()));
            SessionSummary summary = SessionSummary.of(present.session(), server, now);
            return summary.refreshExpired()
                    ? new StatusReport.SessionExpired(summary)
                    : new StatusReport.Authenticated(summary);
        }
        if (read instanceof SessionRead.Unreadable unreadable) {
            return new StatusReport.Unreadable(unreadable.location(), unreadable.reason(), unreadable.kind());
        }
        if (read instanceof SessionRead.FromNewerVersion newer) {
            return new StatusReport.FromNewerVersion(newer.location(), newer.schemaVersion());
        }
        return new StatusReport.NotAuthenticated();
    }
}
