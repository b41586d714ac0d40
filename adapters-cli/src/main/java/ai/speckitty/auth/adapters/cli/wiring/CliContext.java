package ai.speckitty.auth.adapters.cli.wiring;

import ai.speckitty.auth.adapters.cli.browser.SystemBrowser;
import ai.speckitty.auth.adapters.cli.login.ThreadSleepPause;
import ai.speckitty.auth.adapters.cli.signals.ShutdownGuard;
import ai.speckitty.auth.adapters.cli.render.PermissionText;
import ai.speckitty.auth.adapters.cli.render.Style;
import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.http.loopback.LoopbackCallbackListener;
import ai.speckitty.auth.adapters.store.EnvironmentSettings;
import ai.speckitty.auth.adapters.store.FileStateDirectory;
import ai.speckitty.auth.adapters.store.FileStorageInspector;
import ai.speckitty.auth.adapters.store.StoreRoot;
import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.doctor.Diagnose;
import ai.speckitty.auth.application.login.Login;
import ai.speckitty.auth.application.logout.Logout;
import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.serversession.CheckServerSession;
import ai.speckitty.auth.application.status.ShowStatus;
import ai.speckitty.auth.application.storage.CheckStoragePermissions;
import ai.speckitty.auth.application.storage.PermissionProblem;
import ai.speckitty.auth.application.sync.CheckSyncConnection;
import ai.speckitty.auth.application.token.GetAccessToken;
import java.security.SecureRandom;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The composition root: the one place that builds adapters and hands use cases to commands. The
 * HTTP adapter is built only when a command that talks to the server asks for it, so offline
 * commands never load Feign or Jackson.
 */
public final class CliContext {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;
    private final Style style;
    private final String version;
    private final String userHome;
    private final boolean debug;
    private final boolean interactive;
    private AuthServers authServers;

    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Style style,
            String version, String userHome, boolean debug, boolean interactive) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.style = Objects.requireNonNull(style, "style");
        this.version = Objects.requireNonNull(version, "version");
        this.userHome = Objects.requireNonNull(userHome, "userHome");
        this.debug = debug;
        this.interactive = interactive;
    }

    /** True when a person is at a terminal: only then may output animate (a spinner), whatever NO_COLOR says. */
    public boolean interactive() {
        return interactive;
    }

    /** True with {@code --debug}: messages may then show technical details (never a secret). */
    public boolean debug() {
        return debug;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Clock clock() {
        return clock;
    }

    public Style style() {
        return style;
    }

    public String version() {
        return version;
    }

    public Map<String, String> env() {
        return env;
    }

    /** SPEC §4.9: hosted sync is opt-in through {@code SPEC_KITTY_ENABLE_SAAS_SYNC}. */
    public boolean syncEnabled() {
        String value = env.getOrDefault("SPEC_KITTY_ENABLE_SAAS_SYNC", "").strip().toLowerCase(Locale.ROOT);
        return Set.of("1", "true", "yes", "on").contains(value);
    }

    /** SPEC §4.1 for the current session (read without the lock). */
    public ServerResolution resolveServer() {
        SessionRead read = store().read();
        return serverResolver().resolve(read.presentSession());
    }

    /** The config.toml that {@code [sync].server_url} is read from. */
    public Path configFile() {
        return new EnvironmentSettings(env, root()).configFile();
    }

    public GetAccessToken getAccessToken() {
        return new GetAccessToken(store(), authServers(), serverResolver(), clock, SessionStore.LOCK_TIMEOUT);
    }

    public Logout logout() {
        return new Logout(store(), authServers(), serverResolver(), clock, SessionStore.LOCK_TIMEOUT);
    }

    public Login login() {
        return new Login(store(), new FileStateDirectory(root()), authServers(),
                new SystemBrowser(env, System.getProperty("os.name", "")),
                new LoopbackCallbackListener(), new ThreadSleepPause(), clock, new SecureRandom());
    }

    public CheckServerSession checkServerSession() {
        return new CheckServerSession(store(), serverResolver(), getAccessToken(), authServers(), clock);
    }

    public CheckSyncConnection checkSyncConnection() {
        return new CheckSyncConnection(store(), serverResolver(), getAccessToken(), authServers());
    }

    public ShowStatus showStatus() {
        return new ShowStatus(store(), serverResolver(), clock);
    }

    public Diagnose diagnose() {
        return new Diagnose(store(), inspector(), serverResolver(), clock, new LocalHost(env));
    }

    /**
     * Prints one warning line on stderr per unsafe permission of the credentials file or root (SPEC
     * §3); the command then goes on. It reads file modes only: no read of the credentials, no lock
     * probe that scripts calling {@code auth token} in a loop would contend with refreshers for.
     */
    public void warnAboutPermissions() {
        for (PermissionProblem problem : new CheckStoragePermissions(inspector()).check()) {
            PermissionText.warning(problem).print(err, style);
        }
    }

    /**
     * The HTTP adapter, built on the first call to a server, so a command that ends up needing no
     * request (a fresh token, sync disabled) never loads Feign or Jackson; a proxy or CA-bundle
     * setting that cannot be used is a {@link SetupProblem}.
     */
    private AuthServers authServers() {
        return server -> httpStack().at(server);
    }

    private synchronized AuthServers httpStack() {
        if (authServers == null) {
            // A debug line may carry a URL or proxy host from the environment.
            authServers = HttpStack.create(env, debug ? line -> err.println("debug: " + TerminalText.safe(line)) : null);
        }
        return authServers;
    }

    private Path root() {
        return StoreRoot.resolve(env, userHome);
    }

    private SessionStore store() {
        return new ShutdownGuardedSessionStore(new TomlSessionStore(root(), clock, version), ShutdownGuard::process);
    }

    private StorageInspector inspector() {
        return new FileStorageInspector(root());
    }

    private ServerResolver serverResolver() {
        return new ServerResolver(new EnvironmentSettings(env, root()));
    }
}
