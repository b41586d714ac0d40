package ai.speckitty.auth.application.port;

import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Objects;

/** What reading the persisted session found; a read never changes or deletes anything. */
public sealed interface SessionRead {

    /** A session was read. */
    record Present(StoredSession session) implements SessionRead {
        public Present {
            Objects.requireNonNull(session, "session");
        }
    }

    /** No credentials file (or one that holds no session). */
    record Absent() implements SessionRead {}

    /** The file exists but cannot be read as a session; {@code reason} names the parse position. */
    record Unreadable(String location, String reason) implements SessionRead {
        public Unreadable {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The file was written by a newer version of spec-kitty; it must be left alone. */
    record FromNewerVersion(String location, long schemaVersion) implements SessionRead {
        public FromNewerVersion {
            Objects.requireNonNull(location, "location");
        }
    }
}
