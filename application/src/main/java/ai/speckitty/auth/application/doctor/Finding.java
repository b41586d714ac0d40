package ai.speckitty.auth.application.doctor;

import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.storage.PermissionProblem;
import ai.speckitty.auth.domain.doctor.FindingId;
import ai.speckitty.auth.domain.doctor.Severity;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.Objects;

/**
 * One doctor finding (SPEC §4.8): its id and the facts behind it (paths, pids, hosts, URLs, modes);
 * a front end words the summary and the remedy.
 */
public sealed interface Finding {

    FindingId id();

    default Severity severity() {
        return id().severity();
    }

    default boolean critical() {
        return severity() == Severity.CRITICAL;
    }

    /** F-001: no session is stored. */
    record NoSession() implements Finding {
        @Override
        public FindingId id() {
            return FindingId.F_001;
        }
    }

    /** F-003: the refresh lock has been held for more than {@link Diagnose#STUCK_AFTER}. */
    record LockStuck(long pid, String host) implements Finding {
        public LockStuck {
            Objects.requireNonNull(host, "host");
        }

        @Override
        public FindingId id() {
            return FindingId.F_003;
        }
    }

    /** F-007: the lock holder record names another host. */
    record LockOnOtherHost(long pid, String host) implements Finding {
        public LockOnOtherHost {
            Objects.requireNonNull(host, "host");
        }

        @Override
        public FindingId id() {
            return FindingId.F_007;
        }
    }

    /** F-101: the credentials path holds something that cannot be read as a session. */
    record CredentialsUnreadable(String location, String reason, UnreadableKind kind) implements Finding {
        public CredentialsUnreadable {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public FindingId id() {
            return FindingId.F_101;
        }
    }

    /** F-102: the credentials file was written by a newer version. */
    record CredentialsFromNewerVersion(String location, long schemaVersion) implements Finding {
        public CredentialsFromNewerVersion {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public FindingId id() {
            return FindingId.F_102;
        }
    }

    /** F-103: group or other may access the credentials file or its directory. */
    record PermissionsTooOpen(PermissionProblem problem) implements Finding {
        public PermissionsTooOpen {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public FindingId id() {
            return FindingId.F_103;
        }
    }

    /** F-104: nothing can renew the session: its refresh token expired, or it holds none. */
    record CannotRenew(boolean refreshTokenExpired) implements Finding {
        @Override
        public FindingId id() {
            return FindingId.F_104;
        }
    }

    /** F-105: the configured server differs from the session's. */
    record ServerMismatch(ServerUrl configured, ServerSource source, ServerUrl sessionUrl) implements Finding {
        public ServerMismatch {
            Objects.requireNonNull(configured, "configured");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sessionUrl, "sessionUrl");
        }

        @Override
        public FindingId id() {
            return FindingId.F_105;
        }
    }

    /** F-106: a free lock still holds the record of a process that ended while holding it. */
    record StaleLockRecord(long pid, String host) implements Finding {
        public StaleLockRecord {
            Objects.requireNonNull(host, "host");
        }

        @Override
        public FindingId id() {
            return FindingId.F_106;
        }
    }

    /** F-107: the access token has expired and is refreshed on next use. */
    record AccessTokenExpired() implements Finding {
        @Override
        public FindingId id() {
            return FindingId.F_107;
        }
    }
}
