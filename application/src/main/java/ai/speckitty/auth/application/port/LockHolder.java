package ai.speckitty.auth.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The holder record written into the lock file while the lock is held (SPEC §3). */
public record LockHolder(long pid, String host, Optional<Instant> startedAt, String version) {
    public LockHolder {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(version, "version");
    }
}
