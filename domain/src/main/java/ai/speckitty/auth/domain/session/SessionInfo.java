package ai.speckitty.auth.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Bookkeeping about a session; every field may be unknown for files from older versions. */
public record SessionInfo(
        Optional<String> id,
        OptionalLong generation,
        Optional<AuthMethod> authMethod,
        Optional<Instant> issuedAt,
        Optional<Instant> lastUsedAt) {
    public SessionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    /** Nothing known, as for a legacy 2.x file. */
    public static SessionInfo unknown() {
        return new SessionInfo(Optional.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
