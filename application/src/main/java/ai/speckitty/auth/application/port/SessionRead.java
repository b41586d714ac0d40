package ai.speckitty.auth.application.port;

import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Objects;
import java.util.Optional;

/** What reading the persisted session found; a read never changes or deletes anything. */
public sealed interface SessionRead {

    /** The session, when one was read; empty for every other case. */
    default Optional<StoredSession> presentSession() {
        return this instanceof Present present ? Optional.of(present.session()) : Optional.empty();
    }

    /** A session was read. */
    record Present(StoredSession session) implements SessionRead {
        public Present {
            Objects.requireNonNull(session, "session");
        }
    }

    /** No credentials file. */
    record Absent() implements SessionRead {}

    /**
     * Something exists at the credentials path but cannot be read as a session; {@code reason}
     * names the parse position or what the path is, never file content.
     */
    record Unreadable(String location, String reason, UnreadableKind kind) implements SessionRead {
        public Unreadable {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(kind, "kind");
        }

        /** A damaged regular file (the common case). */
        public Unreadable(String location, String reason) {
            this(location, reason, UnreadableKind.DAMAGED_FILE);
        }
    }

    /** The file was written by a newer version of spec-kitty; it must be left alone. */
    record FromNewerVersion(String location, long schemaVersion) implements SessionRead {
        public FromNewerVersion {
            Objects.requireNonNull(location, "location");
        }
    }
}
