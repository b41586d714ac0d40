package ai.speckitty.auth.adapters.cli.wiring;

import ai.speckitty.auth.adapters.cli.render.PermissionText;
import ai.speckitty.auth.adapters.cli.render.Style;
import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.signals.ShutdownGuard;
import ai.speckitty.auth.application.doctor.Diagnose;
import ai.speckitty.auth.application.login.Login;
import ai.speckitty.auth.application.logout.Logout;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.serversession.CheckServerSession;
import ai.speckitty.auth.application.status.ShowStatus;
import ai.speckitty.auth.application.storage.PermissionProblem;
import ai.speckitty.auth.application.sync.CheckSyncConnection;
import ai.speckitty.auth.application.token.GetAccessToken;
import ai.speckitty.auth.embedding.SpecKittyAuth;
import ai.speckitty.auth.embedding.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What commands get: the console, the style, and the use cases of the embedding API's one wiring
 * ({@link SpecKittyAuth}), with the CLI's own seams plugged in: a store whose changes finish before
 * a Ctrl-C or SIGTERM ends the process, and {@code --debug} lines on stderr. The HTTP adapter is
 * built only when a command that talks to the server asks for it, so offline commands never load
 * Feign or Jackson.
 */
public final class CliContext {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;
    private final Style style;
    private final String version;
    private final boolean debug;
    private final boolean interactive;
    private final UseCases useCases;

    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Style style,
            String version, String userHome, boolean debug, boolean interactive) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.style = Objects.requireNonNull(style, "style");
        this.version = Objects.requireNonNull(version, "version");
        this.debug = debug;
        this.interactive = interactive;
        SpecKittyAuth.Builder auth = SpecKittyAuth.builder()
                .environment(this.env)
                .userHome(Objects.requireNonNull(userHome, "userHome"))
                .clock(clock)
                .appVersion(version)
                .storeDecorator(store -> new ShutdownGuardedSessionStore(store, ShutdownGuard::process));
        if (debug) {
            // A debug line may carry a URL or proxy host from the environment.
            auth.httpLog(line -> err.println("debug: " + TerminalText.safe(line)));
        }
        this.useCases = auth.build().useCases();
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
        return useCases.resolveServer();
    }

    /** The config.toml that {@code [sync].server_url} is read from. */
    public Path configFile() {
        return useCases.configFile();
    }

    public GetAccessToken getAccessToken() {
        return useCases.getAccessToken();
    }

    public Logout logout() {
        return useCases.logout();
    }

    public Login login() {
        return useCases.login();
    }

    public CheckServerSession checkServerSession() {
        return useCases.checkServerSession();
    }

    public CheckSyncConnection checkSyncConnection() {
        return useCases.checkSyncConnection();
    }

    public ShowStatus showStatus() {
        return useCases.showStatus();
    }

    public Diagnose diagnose() {
        return useCases.diagnose();
    }

    /**
     * Prints one warning line on stderr per unsafe permission of the credentials file or root (SPEC
     * §3); the command then goes on. It reads file modes only: no read of the credentials, no lock
     * probe that scripts calling {@code auth token} in a loop would contend with refreshers for.
     */
    public void warnAboutPermissions() {
        for (PermissionProblem problem : useCases.checkStoragePermissions().check()) {
            PermissionText.warning(problem).print(err, style);
        }
    }
}
