package ai.speckitty.auth.embedding;

import ai.speckitty.auth.adapters.http.loopback.LoopbackCallbackListener;
import ai.speckitty.auth.adapters.store.EnvironmentSettings;
import ai.speckitty.auth.adapters.store.FileStateDirectory;
import ai.speckitty.auth.adapters.store.FileStorageInspector;
import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.doctor.Diagnose;
import ai.speckitty.auth.application.login.Login;
import ai.speckitty.auth.application.logout.Logout;
import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.application.port.Pause;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.serversession.CheckServerSession;
import ai.speckitty.auth.application.status.ShowStatus;
import ai.speckitty.auth.application.storage.CheckStoragePermissions;
import ai.speckitty.auth.application.sync.CheckSyncConnection;
import ai.speckitty.auth.application.token.GetAccessToken;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one wiring of the real adapters: each method hands out a use case built on the TOML store
 * under the home directory, the lazily built HTTP client, the loopback listener and the browser.
 * The HTTP adapter is built only when a use case first calls a server, so a front end (or CLI
 * command) that stays offline never loads Feign or Jackson.
 */
public final class UseCases {
    private final Map<String, String> env;
    private final Path root;
    private final Clock clock;
    private final String appVersion;
    private final Optional<Browser> browser;
    private final Optional<Pause> pause;
    private final UnaryOperator<SessionStore> storeDecorator;
    private final Consumer<String> httpLog;
    private AuthServers httpStack;

    /** An empty browser or pause means the default one, built only when a login is (start-up of other commands). */
    UseCases(Map<String, String> env, Path root, Clock clock, String appVersion, Optional<Browser> browser, Optional<Pause> pause,
            UnaryOperator<SessionStore> storeDecorator, Consumer<String> httpLog) {
        this.env = env;
        this.root = root;
        this.clock = clock;
        this.appVersion = appVersion;
        this.browser = browser;
        this.pause = pause;
        this.storeDecorator = storeDecorator;
        this.httpLog = httpLog;
    }

    public GetAccessToken getAccessToken() {
        return new GetAccessToken(store(), authServers(), serverResolver(), clock, SessionStore.LOCK_TIMEOUT);
    }

    public Logout logout() {
        return new Logout(store(), authServers(), serverResolver(), clock, SessionStore.LOCK_TIMEOUT);
    }

    public Login login() {
        return login(store());
    }

    /** A login that changes the session only through {@code store} (a cancellable one, say). */
    Login login(SessionStore store) {
        return new Login(store, new FileStateDirectory(root), authServers(),
                browser.orElseGet(() -> new SystemBrowser(env, System.getProperty("os.name", ""))),
                new LoopbackCallbackListener(), pause.orElseGet(ThreadSleepPause::new), clock, new SecureRandom());
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

    /** Reads file modes only: no read of the credentials and no lock probe (SPEC §3). */
    public CheckStoragePermissions checkStoragePermissions() {
        return new CheckStoragePermissions(inspector());
    }

    public ServerResolver serverResolver() {
        return new ServerResolver(new EnvironmentSettings(env, root));
    }

    /** The config.toml that {@code [sync].server_url} is read from. */
    public Path configFile() {
        return new EnvironmentSettings(env, root).configFile();
    }

    /** The server a login would use and where its URL came from (SPEC §4.1). */
    public ServerResolution resolveServer() {
        return serverResolver().resolve(store().read().presentSession());
    }

    /**
     * The session store, with the front end's decorator applied; not public, so that a front end
     * changes the session only through the use cases.
     */
    SessionStore store() {
        return storeDecorator.apply(new TomlSessionStore(root, clock, appVersion));
    }

    /** The state directory: {@code credentials}, {@code credentials.lock}, {@code config.toml}. */
    Path root() {
        return root;
    }

    private StorageInspector inspector() {
        return new FileStorageInspector(root);
    }

    /**
     * The HTTP adapter, built on the first call to a server; a proxy or CA-bundle setting that
     * cannot be used is a {@link SetupProblem} then.
     */
    private AuthServers authServers() {
        return server -> httpStack().at(server);
    }

    private synchronized AuthServers httpStack() {
        if (httpStack == null) {
            httpStack = HttpStack.create(env, httpLog);
        }
        return httpStack;
    }
}
