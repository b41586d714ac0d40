package ai.speckitty.auth.application.logout;

import java.util.Objects;

/** How a logout ended (SPEC §4.5). */
public sealed interface LogoutResult {

    /** There was no session. */
    record NotLoggedIn() implements LogoutResult {}

    /** The local session is gone; {@code revocation} says what the server was told. */
    record LoggedOut(Revocation revocation) implements LogoutResult {
        public LoggedOut {
            Objects.requireNonNull(revocation, "revocation");
        }
    }

    /** Revocation happened (or not), but the local credentials could not be deleted. */
    record DeleteFailed(Revocation revocation, String location, String errorType) implements LogoutResult {
        public DeleteFailed {
            Objects.requireNonNull(revocation, "revocation");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(errorType, "errorType");
        }
    }

    /** An unreadable file cannot be revoked; it was moved aside (kept) and removed from use. */
    record UnreadableSetAside(String keptAt) implements LogoutResult {
        public UnreadableSetAside {
            Objects.requireNonNull(keptAt, "keptAt");
        }
    }

    /** The file was written by a newer version; it was left alone. */
    record FromNewerVersion(String location, long schemaVersion) implements LogoutResult {
        public FromNewerVersion {
            Objects.requireNonNull(location, "location");
        }
    }

    /** Another process held the lock for the whole timeout; nothing was changed. */
    record LockBusy() implements LogoutResult {}

    /**
     * Something that is not a regular file (a directory, FIFO, socket, device, link) stands at
     * the credentials path: nothing was revoked, deleted or moved; {@code reason} says what it is.
     */
    record NotARegularFile(String location, String reason) implements LogoutResult {
        public NotARegularFile {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
