package ai.speckitty.auth.application.doctor;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.LockState;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.status.SessionSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The offline doctor (SPEC §4.8): looks at storage, session, lock and server settings without any
 * network call and without changing anything, and turns what it sees into findings.
 */
public final class Diagnose {
    /** A lock held longer than this is "stuck" (SPEC §3). */
    public static final Duration STUCK_AFTER = Duration.ofSeconds(60);
    /** The credentials schema this version reads and writes. */
    public static final long SUPPORTED_SCHEMA_VERSION = 1;

    private final SessionStore store;
    private final StorageInspector inspector;
    private final ServerResolver servers;
    private final Clock clock;
    private final Supplier<String> localHost;

    /**
     * @param localHost this machine's host name as the lock holder record spells it; asked only
     *                  when a holder record exists
     */
    public Diagnose(SessionStore store, StorageInspector inspector, ServerResolver servers, Clock clock,
            Supplier<String> localHost) {
        this.store = Objects.requireNonNull(store, "store");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.servers = Objects.requireNonNull(servers, "servers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.localHost = Objects.requireNonNull(localHost, "localHost");
    }

    /** Gathers the report; reads only. */
    public DoctorReport diagnose() {
        Instant now = clock.instant();
        StorageFacts storage = inspector.inspect();
        SessionRead read = store.read();
        Optional<SessionSummary> session = Optional.empty();
        if (read instanceof SessionRead.Present present) {
            ServerResolution server = servers.resolve(Optional.of(present.session()));
            session = Optional.of(SessionSummary.of(present.session(), server, now));
        }
        ServerResolution server = session.map(SessionSummary::server).orElseGet(() -> servers.resolve(Optional.empty()));
        LockReport lock = lockReport(storage.lock(), now);
        List<Finding> findings = DoctorFindings.of(storage, read, session, lock, server).stream()
                .sorted(Comparator.comparing((Finding f) -> f.severity()).thenComparing(Finding::id))
                .toList();
        return new DoctorReport(now, storage, credentialsState(read), session, lock, server, findings);
    }

    /** Clears a stale lock holder record (the one change doctor makes, and only when asked). */
    public StorageInspector.UnstickResult unstickLock() {
        return inspector.clearStaleLockRecord();
    }

    private LockReport lockReport(LockState state, Instant now) {
        Optional<LockHolder> holder = state.holder();
        Optional<Duration> age = holder.flatMap(LockHolder::startedAt).map(started -> Duration.between(started, now));
        boolean stuck = state.held() && age.map(a -> a.compareTo(STUCK_AFTER) > 0).orElse(false);
        boolean otherHost = holder.map(h -> !h.host().equalsIgnoreCase(localHost.get())).orElse(false);
        return new LockReport(state.location(), state.held(), holder, age, stuck, !state.held() && holder.isPresent(),
                otherHost);
    }

    private static CredentialsState credentialsState(SessionRead read) {
        if (read instanceof SessionRead.Present) {
            return new CredentialsState(CredentialsState.ParseState.READABLE, Optional.empty(),
                    OptionalLong.of(SUPPORTED_SCHEMA_VERSION));
        }
        if (read instanceof SessionRead.Unreadable unreadable) {
            return new CredentialsState(CredentialsState.ParseState.UNREADABLE, Optional.of(unreadable.reason()),
                    OptionalLong.empty());
        }
        if (read instanceof SessionRead.FromNewerVersion newer) {
            return new CredentialsState(CredentialsState.ParseState.FROM_NEWER_VERSION, Optional.empty(),
                    OptionalLong.of(newer.schemaVersion()));
        }
        return new CredentialsState(CredentialsState.ParseState.NO_SESSION, Optional.empty(), OptionalLong.empty());
    }
}
