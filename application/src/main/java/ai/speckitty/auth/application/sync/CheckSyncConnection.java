package ai.speckitty.auth.application.sync;

import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.server.ServerUsed;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.application.token.GetAccessToken;
import ai.speckitty.auth.domain.server.SyncProbeResult;
import ai.speckitty.auth.domain.session.StoredSession;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A real, authenticated connectivity probe (SPEC §4.9): the user's own token through
 * {@link GetAccessToken}, then the sync health endpoint; a probe 401 is reported as is.
 */
public final class CheckSyncConnection {
    private final SessionStore store;
    private final ServerResolver resolver;
    private final GetAccessToken getAccessToken;
    private final AuthServers servers;

    public CheckSyncConnection(SessionStore store, ServerResolver resolver, GetAccessToken getAccessToken, AuthServers servers) {
        this.store = store;
        this.resolver = resolver;
        this.getAccessToken = getAccessToken;
        this.servers = servers;
    }

    /** Runs the check; {@code syncEnabled} is the user's opt-in ({@code SPEC_KITTY_ENABLE_SAAS_SYNC}). */
    public SyncCheck execute(boolean syncEnabled) {
        if (!syncEnabled) {
            return SyncCheck.of(SyncStatus.DISABLED, Optional.empty());
        }
        SessionRead read = store.read();
        Optional<StoredSession> session = read.presentSession();
        ServerResolution resolution = resolver.resolve(session);
        if (resolution.mismatch()) {
            return SyncCheck.of(SyncStatus.WRONG_SERVER, Optional.of(ServerUsed.forSession(resolution.sessionUrl(), resolution)));
        }
        Optional<ServerUsed> server = resolution.sessionServer()
                .map(url -> ServerUsed.forSession(resolution.sessionUrl(), resolution));
        AccessTokenResult token = getAccessToken.execute(read);
        if (token instanceof AccessTokenResult.NotAuthenticated) {
            return SyncCheck.of(SyncStatus.NOT_AUTHENTICATED, server);
        }
        if (token instanceof AccessTokenResult.SessionExpired) {
            return SyncCheck.of(SyncStatus.SESSION_EXPIRED, server);
        }
        if (!(token instanceof AccessTokenResult.Ready)) {
            return new SyncCheck(SyncStatus.ERROR, OptionalInt.empty(), server, Optional.of(token), Optional.empty());
        }
        AccessTokenResult.Ready ready = (AccessTokenResult.Ready) token;
        ServerUsed target = ServerUsed.forSession(ready.session().server(), resolution);
        return judge(servers.at(target.url()).probeSync(ready.accessToken()), target);
    }

    private static SyncCheck judge(SyncProbeResult probe, ServerUsed server) {
        if (probe instanceof SyncProbeResult.Connected connected) {
            return new SyncCheck(SyncStatus.CONNECTED, OptionalInt.of(connected.httpStatus()), Optional.of(server), Optional.empty(),
                    Optional.empty());
        }
        if (probe instanceof SyncProbeResult.Unreachable unreachable) {
            return new SyncCheck(SyncStatus.SERVER_UNREACHABLE, OptionalInt.empty(), Optional.of(server),
                    Optional.empty(), Optional.of(unreachable.problem()));
        }
        int status = ((SyncProbeResult.Answered) probe).httpStatus();
        SyncStatus row = switch (status) {
            case 401 -> SyncStatus.AUTHENTICATION_FAILED;
            case 403 -> SyncStatus.PERMISSION_DENIED;
            case 502, 503, 504 -> SyncStatus.SERVER_UNAVAILABLE;
            default -> SyncStatus.UNEXPECTED;
        };
        return new SyncCheck(row, OptionalInt.of(status), Optional.of(server), Optional.empty(), Optional.empty());
    }
}
