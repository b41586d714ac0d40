package ai.speckitty.auth.application.sync;

import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of {@code sync status --check}: a status row, the HTTP status when the probe got one,
 * the server probed (or the session's, for a mismatch), and a brief secret-free detail.
 */
public record SyncCheck(SyncStatus status, OptionalInt httpStatus, Optional<ServerUrl> server, Optional<String> detail) {
    public SyncCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(httpStatus, "httpStatus");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(detail, "detail");
    }

    static SyncCheck of(SyncStatus status, Optional<ServerUrl> server) {
        return new SyncCheck(status, OptionalInt.empty(), server, Optional.empty());
    }
}
