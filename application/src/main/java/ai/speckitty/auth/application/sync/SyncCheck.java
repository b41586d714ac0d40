package ai.speckitty.auth.application.sync;

import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.application.server.ServerUsed;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of {@code sync status --check}: a status row, the HTTP status when the probe got one,
 * the server probed with where its URL came from (the session's, with the configured one, for a
 * mismatch), why no token could be had (the ERROR row)
 * and why the server could not be reached (the SERVER_UNREACHABLE row).
 */
public record SyncCheck(SyncStatus status, OptionalInt httpStatus, Optional<ServerUsed> server,
        Optional<AccessTokenResult> tokenProblem, Optional<TransportProblem> unreachable) {
    public SyncCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(httpStatus, "httpStatus");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(tokenProblem, "tokenProblem");
        Objects.requireNonNull(unreachable, "unreachable");
    }

    static SyncCheck of(SyncStatus status, Optional<ServerUsed> server) {
        return new SyncCheck(status, OptionalInt.empty(), server, Optional.empty(), Optional.empty());
    }
}
