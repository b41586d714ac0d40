package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.status.StatusReport;
import java.util.Objects;

/** A change to the session on disk, by any process, with the status read just after it. */
public record SessionChange(Kind kind, StatusReport status) {

    public SessionChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /** What happened to the session. */
    public enum Kind {
        /** A session appeared, or another session (a new login) replaced the one there was. */
        SIGNED_IN,
        /** The session was deleted (a logout, or a rejected refresh). */
        SIGNED_OUT,
        /** The same session got new tokens. */
        REFRESHED,
        /** The credentials file can no longer be read as a session (damaged, or from a newer version). */
        UNREADABLE
    }
}
