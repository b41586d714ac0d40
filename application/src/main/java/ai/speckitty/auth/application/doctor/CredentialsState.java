package ai.speckitty.auth.application.doctor;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the credentials file parsed, for doctor's Storage section.
 *
 * @param reason        why it is unreadable (a parse position or an error type), when it is
 * @param schemaVersion the schema it was read as (legacy 2.x files are read as schema 1), or the
 *                      newer version it declares; empty when there is no readable file
 */
public record CredentialsState(ParseState state, Optional<String> reason, OptionalLong schemaVersion) {
    public CredentialsState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }

    /** The outcome of reading the file. */
    public enum ParseState {
        /** No credentials file, or one that holds no session. */
        NO_SESSION,
        /** Parsed as a session this version supports. */
        READABLE,
        /** Exists but does not parse as a session. */
        UNREADABLE,
        /** Declares a schema newer than this version knows; refused. */
        FROM_NEWER_VERSION
    }

    /** True when the file parsed into a session this version can use. */
    public boolean readable() {
        return state == ParseState.READABLE;
    }
}
