package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** Everything the endpoints share: the live configuration, the sandbox clock, the registries, the faults. */
public final class ServerState {

    private final AtomicReference<SandboxConfig> config;
    private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);
    private final SessionRegistry sessions = new SessionRegistry();
    private final AuthorizationCodes codes = new AuthorizationCodes();
    private final DeviceGrants devices = new DeviceGrants();
    private final FaultBoard faults = new FaultBoard();
    private volatile String baseUrl = "http://127.0.0.1";

    public ServerState(SandboxConfig initial) {
        this.config = new AtomicReference<>(initial);
    }

    public SandboxConfig config() {
        return config.get();
    }

    public SandboxConfig update(UnaryOperator<SandboxConfig> change) {
        return config.updateAndGet(change);
    }

    /** The sandbox's time: its configured clock plus every {@link #advance}. */
    public Instant now() {
        return config().clock().instant().plus(clockOffset.get());
    }

    /** The time written in the {@code Date} header: {@link #now()} plus the configured skew. */
    public Instant dateHeaderNow() {
        return now().plus(config().dateSkew());
    }

    public void advance(Duration amount) {
        clockOffset.updateAndGet(offset -> offset.plus(amount));
    }

    public SessionRegistry.Lifetimes lifetimes() {
        SandboxConfig c = config();
        return new SessionRegistry.Lifetimes(c.accessTokenTtl(), c.refreshTokenTtl());
    }

    public SessionRegistry sessions() {
        return sessions;
    }

    public AuthorizationCodes codes() {
        return codes;
    }

    public DeviceGrants devices() {
        return devices;
    }

    public FaultBoard faults() {
        return faults;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void baseUrl(String value) {
        baseUrl = value;
    }
}
