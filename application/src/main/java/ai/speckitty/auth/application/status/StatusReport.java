package ai.speckitty.auth.application.status;

import ai.speckitty.auth.application.port.UnreadableKind;
import java.util.Objects;

/** What {@link ShowStatus} found (SPEC §4.7); a front end renders it, nothing here prints. */
public sealed interface StatusReport {

    /** True only for a session whose refresh token is not known to be expired (SPEC §4.2). */
    default boolean authenticated() {
        return this instanceof Authenticated;
    }

    /** No session is stored. */
    record NotAuthenticated() implements StatusReport {}

    /** A session is stored but its refresh token has expired: the user must log in again. */
    record SessionExpired(SessionSummary session) implements StatusReport {
        public SessionExpired {
            Objects.requireNonNull(session, "session");
        }
    }

    /** A usable session. */
    record Authenticated(SessionSummary session) implements StatusReport {
        public Authenticated {
            Objects.requireNonNull(session, "session");
        }
    }

    /** The credentials file exists but cannot be read; it was left untouched. */
    record Unreadable(String location, String reason, UnreadableKind kind) implements StatusReport {
        public Unreadable {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The credentials file was written by a newer spec-kitty; it was left untouched. */
    record FromNewerVersion(String location, long schemaVersion) implements StatusReport {
        public FromNewerVersion {
            Objects.requireNonNull(location, "location");
        }
    }
}
