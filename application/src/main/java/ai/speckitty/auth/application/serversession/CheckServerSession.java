package ai.speckitty.auth.application.serversession;

import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerUsed;
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
            return failed(new ServerSessionCheck.Failure.WrongServer(resolution.sessionUrl().orElseThrow()));
        }
        AccessTokenResult token = getAccessToken.execute(read);
        if (token instanceof AccessTokenResult.NotAuthenticated || token instanceof AccessTokenResult.SessionExpired) {
            return invalid(Optional.empty());
        }
        if (!(token instanceof AccessTokenResult.Ready)) {
            return failed(new ServerSessionCheck.Failure.NoToken(token));
        }
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) token;
        ServerUsed used = ServerUsed.forSession(ready.session().server(), resolution);
        SessionStatusResult status = servers.at(used.url()).sessionStatus(ready.accessToken());
        if (status instanceof SessionStatusResult.Active active) {
            return new ServerSessionCheck(State.ACTIVE, Optional.of(active.sessionId()), Optional.empty(), skew(active.serverDate()));
        }
        if (status instanceof SessionStatusResult.Invalid invalid) {
            return invalid(invalid.serverDate());
        }
        return failed(new ServerSessionCheck.Failure.ServerFailed(((SessionStatusResult.Failed) status).failure(), used));
    }

    private ServerSessionCheck invalid(Optional<Instant> serverDate) {
        return new ServerSessionCheck(State.INVALID, Optional.empty(), Optional.empty(), skew(serverDate));
    }

    private static ServerSessionCheck failed(ServerSessionCheck.Failure failure) {
        return new ServerSessionCheck(State.CHECK_FAILED, Optional.empty(), Optional.of(failure), Optional.empty());
    }

    private Optional<Duration> skew(Optional<Instant> serverDate) {
        return serverDate.map(date -> Duration.between(clock.instant(), date))
                .filter(d -> d.abs().compareTo(ServerSessionCheck.REPORTED_SKEW) > 0);
    }
}
