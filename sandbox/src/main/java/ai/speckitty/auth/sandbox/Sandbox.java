package ai.speckitty.auth.sandbox;

import ai.speckitty.auth.sandbox.server.AdminEndpoints;
import ai.speckitty.auth.sandbox.server.FaultBoard;
import ai.speckitty.auth.sandbox.server.Router;
import ai.speckitty.auth.sandbox.server.ServerPool;
import ai.speckitty.auth.sandbox.server.ServerState;
import ai.speckitty.auth.sandbox.server.WireMockHost;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A running stand-in for the spec-kitty server (SPEC §2, §7) on 127.0.0.1: start it, point the
 * client at {@link #baseUrl()}, steer it (modes, faults, clock), read its {@link #journal()}, close it.
 * Thread-safe.
 *
 * <p>On port 0 a sandbox borrows an idle server of this JVM's pool when there is one (a further
 * start then costs about a millisecond instead of about twenty): it listens on a new free port,
 * with a fresh model, journal, faults, configuration and clock, and nothing added through
 * {@code /__admin}; {@link #close()} makes the port refuse connections, ends running answers and
 * only then gives the server back. On a fixed port the sandbox has a server of its own.
 */
public final class Sandbox implements AutoCloseable {

    public static final String CLIENT_ID = "cli_native";
    public static final String SCOPE = "offline_access";
    public static final String AUTHORIZE_PATH = "/oauth/authorize";
    public static final String DEVICE_PATH = "/oauth/device";
    public static final String TOKEN_PATH = "/oauth/token";
    public static final String REVOKE_PATH = "/oauth/revoke";
    public static final String ME_PATH = "/api/v1/me";
    public static final String SESSION_STATUS_PATH = "/api/v1/session-status";
    public static final String SYNC_HEALTH_PATH = "/api/v1/sync/health/";
    public static final String EVENTS_BATCH_PATH = "/api/v1/events/batch/";
    /** Retired: answered 410 and journaled, so tests can assert it is never called. */
    public static final String LOGOUT_PATH = "/api/v1/logout";

    private final ServerState state;
    private final Journal journal;
    private final WireMockHost server;
    private final boolean pooled;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Sandbox(SandboxConfig config, Consumer<String> accessLog, boolean mayUsePool) {
        this.state = new ServerState(config);
        this.journal = new Journal();
        this.pooled = mayUsePool && config.port() == 0;
        this.server = pooled ? ServerPool.lease() : WireMockHost.start(config.port());
        server.serve(new Router(state, new AdminEndpoints(state, journal), journal::append, accessLog));
        state.baseUrl("http://127.0.0.1:" + server.port());
    }

    /** Starts with the defaults on a free port. */
    public static Sandbox start() {
        return start(SandboxConfig.defaults());
    }

    /** Starts with this configuration (port 0 = a free port). */
    public static Sandbox start(SandboxConfig config) {
        return start(config, line -> { });
    }

    /**
     * Starts with an access log that receives one line per request (method, path, status, fault;
     * never a token or query).
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static Sandbox start(SandboxConfig config, Consumer<String> accessLog) {
        return start(config, accessLog, true);
    }

    /** A sandbox on a server of its own even on port 0, as {@code java -jar} runs it. */
    static Sandbox startOnOwnServer(SandboxConfig config, Consumer<String> accessLog) {
        return start(config, accessLog, false);
    }

    private static Sandbox start(SandboxConfig config, Consumer<String> accessLog, boolean mayUsePool) {
        try {
            return new Sandbox(config, accessLog, mayUsePool);
        } catch (FatalStartupException e) {
            IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getMessage());
            throw new UncheckedIOException("could not bind 127.0.0.1:" + config.port(), cause);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return state.baseUrl();
    }

    /** {@link #baseUrl()} plus a path such as {@link #TOKEN_PATH}. */
    public String url(String path) {
        return state.baseUrl() + path;
    }

    public int port() {
        return server.port();
    }

    public Journal journal() {
        return journal;
    }

    public SandboxConfig config() {
        return state.config();
    }

    /** Changes the running configuration, e.g. {@code configure(c -> c.deviceMode(DeviceMode.DENY))}; the port stays. */
    public SandboxConfig configure(UnaryOperator<SandboxConfig.Builder> change) {
        return state.update(current -> change.apply(current.toBuilder()).build());
    }

    public void setDeviceMode(DeviceMode mode) {
        configure(c -> c.deviceMode(mode));
    }

    public void setAuthorizeMode(AuthorizeMode mode) {
        configure(c -> c.authorizeMode(mode));
    }

    public void setSyncMode(SyncMode mode) {
        configure(c -> c.syncMode(mode));
    }

    /** Skews only the {@code Date} header (positive = the server's clock is ahead). */
    public void setDateSkew(Duration skew) {
        configure(c -> c.dateSkew(skew));
    }

    public void setAccessTokenTtl(Duration ttl) {
        configure(c -> c.accessTokenTtl(ttl));
    }

    public void setReplayGraceWindow(Duration window) {
        configure(c -> c.replayGraceWindow(window));
    }

    /** The user that subsequent browser and device logins authenticate as. */
    public void setUser(SandboxUser user) {
        configure(c -> c.user(user));
    }

    /** The fault answers the next request to {@code path} (without query). */
    public void injectFault(String path, Fault fault) {
        injectFault(path, fault, 1);
    }

    /** The fault answers the next {@code times} requests to {@code path}; faults queue in order. */
    public void injectFault(String path, Fault fault, int times) {
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive");
        }
        state.faults().add(path, fault, times);
    }

    /** The fault answers every request to {@code path} until cleared. */
    public void injectFaultAlways(String path, Fault fault) {
        state.faults().add(path, fault, FaultBoard.ALWAYS);
    }

    public void clearFaults() {
        state.faults().clear();
    }

    public void clearFaults(String path) {
        state.faults().clear(path);
    }

    /** A logged-in session for the configured user, minted without a login (no request is journaled). */
    public IssuedSession issueSession() {
        return issueSession(state.config().user());
    }

    /** A logged-in session for the configured user with this email. */
    public IssuedSession issueSession(String email) {
        return issueSession(state.config().user().email(email));
    }

    public IssuedSession issueSession(SandboxUser user) {
        return state.sessions().login(user, state.now(), state.lifetimes());
    }

    public Optional<SessionView> session(String sessionId) {
        return state.sessions().view(sessionId);
    }

    /** The session a refresh token (current or spent) or an access token belongs to. */
    public Optional<SessionView> sessionOfToken(String token) {
        return state.sessions().viewByToken(token);
    }

    public List<SessionView> sessions() {
        return state.sessions().views();
    }

    /** True when this is its session's current refresh token and the session is not revoked. */
    public boolean isCurrentRefreshToken(String refreshToken) {
        return state.sessions().isCurrentRefreshToken(refreshToken);
    }

    /** Invalidates a session server-side (its tokens then fail like revoked ones). */
    public boolean revokeSession(String sessionId) {
        return state.sessions().revokeSession(sessionId);
    }

    /** The sandbox's current time (its clock plus every {@link #advanceClock}). */
    public Instant now() {
        return state.now();
    }

    /** Moves the sandbox's time forward (token expiry, grace window, {@code Date}) without sleeping. */
    public void advanceClock(Duration amount) {
        state.advance(amount);
    }

    /** Stops listening (the port then refuses connections) and closes open connections; once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (pooled) {
            ServerPool.giveBack(server);
        } else {
            server.stop();
        }
    }

    /** The server this sandbox runs in, for the pool's tests. */
    WireMockHost server() {
        return server;
    }

    @Override
    public String toString() {
        return "Sandbox[" + baseUrl() + "]";
    }
}
