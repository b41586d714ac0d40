package ai.speckitty.auth.application.serversession;

import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.serversession.ServerSessionCheck.State;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.application.token.GetAccessToken;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.session.StoredSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks the server whether the session is alive (SPEC §4.8 {@code --server}): a token through
 * {@link GetAccessToken} (which may refresh), then {@code GET /api/v1/session-status}. Tokens are
 * never sent to a server other than the session's own.
 */
public final class CheckServerSession {
    private final SessionStore store;
    private final ServerResolver resolver;
    private final GetAccessToken getAccessToken;
    private final AuthServers servers;
    private final Clock clock;

    public CheckServerSession(SessionStore store, ServerResolver resolver, GetAccessToken getAccessToken,
            AuthServers servers, Clock clock) {
        this.store = store;
        this.resolver = resolver;
        this.getAccessToken = getAccessToken;
        this.servers = servers;
        this.clock = clock;
    }

    public ServerSessionCheck execute() {
        SessionRead read = store.read();
        Optional<StoredSession> session = read.presentSession();
        ServerResolution resolution = resolver.resolve(session);
        if (resolution.mismatch()) {
            return failed("server mismatch: the session belongs to " + resolution.sessionUrl().orElseThrow());
        }
        AccessTokenResult token = getAccessToken.execute(read);
        if (token instanceof AccessTokenResult.NotAuthenticated || token instanceof AccessTokenResult.SessionExpired) {
            return invalid(Optional.empty());
        }
        if (token instanceof AccessTokenResult.CredentialsProblem problem) {
            return failed(problem.describe());
        }
        if (token instanceof AccessTokenResult.Unavailable unavailable) {
            return failed(switch (unavailable.problem()) {
                case LOCK_BUSY -> "refresh lock busy";
                case SERVER_FAILURE -> "refresh failed: " + unavailable.failure().map(f -> f.brief()).orElse("server error");
                case REPLAY_NO_NEWER_TOKEN, RETRY_FAILED -> "refresh replay, no newer token";
                case SESSION_CHANGED -> "session changed during refresh";
                case SESSION_GONE -> "session removed during refresh";
                case NO_SERVER -> "no server configured";
                case STORE_FAILURE -> "credentials could not be written";
            });
        }
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) token;
        SessionStatusResult status = servers.at(ready.session().server().or(resolution::resolved).orElseThrow())
                .sessionStatus(ready.accessToken());
        if (status instanceof SessionStatusResult.Active active) {
            return new ServerSessionCheck(State.ACTIVE, Optional.of(active.sessionId()), Optional.empty(), skew(active.serverDate()));
        }
        if (status instanceof SessionStatusResult.Invalid invalid) {
            return invalid(invalid.serverDate());
        }
        return failed(((SessionStatusResult.Failed) status).failure().brief());
    }

    private ServerSessionCheck invalid(Optional<Instant> serverDate) {
        return new ServerSessionCheck(State.INVALID, Optional.empty(), Optional.empty(), skew(serverDate));
    }

    private static ServerSessionCheck failed(String reason) {
        return new ServerSessionCheck(State.CHECK_FAILED, Optional.empty(), Optional.of(reason), Optional.empty());
    }

    private Optional<Duration> skew(Optional<Instant> serverDate) {
        return serverDate.map(date -> Duration.between(clock.instant(), date))
                .filter(d -> d.abs().compareTo(ServerSessionCheck.REPORTED_SKEW) > 0);
    }
}
