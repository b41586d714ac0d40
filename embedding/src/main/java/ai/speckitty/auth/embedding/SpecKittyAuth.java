package ai.speckitty.auth.embedding;

import ai.speckitty.auth.adapters.store.StoreRoot;
import ai.speckitty.auth.application.doctor.DoctorReport;
import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.logout.LogoutResult;
import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.application.port.Pause;
import ai.speckitty.auth.application.port.SessionStore;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.status.StatusReport;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The entry point for JVM front ends (an IDE plugin, a daemon, the CLI): the spec-kitty session
 * of one home directory, with the operations a front end needs. Every result is a use case's
 * value, never a sentence; nothing is printed and nothing exits. One instance may be shared by
 * any number of threads, and by CLI processes on the same home (SPEC §4.3).
 */
public final class SpecKittyAuth {
    /** How often a {@link #watch} looks at the credentials file: well inside the promised 2 s. */
    public static final Duration WATCH_INTERVAL = Duration.ofMillis(200);

    private final UseCases useCases;
    private final Clock clock;

    private SpecKittyAuth(UseCases useCases, Clock clock) {
        this.useCases = useCases;
        this.clock = clock;
    }

    /** Starts the settings: by default the process environment, {@code ~/.spec-kitty}, the system browser. */
    public static Builder builder() {
        return new Builder();
    }

    /** The local session, offline and without the lock (SPEC §4.7). */
    public StatusReport status() {
        return useCases.showStatus().show();
    }

    /** The doctor report: local checks only, no server call, no change. */
    public DoctorReport doctor() {
        return useCases.diagnose().diagnose();
    }

    /** A usable access token (SPEC §4.3), refreshed when it is expired or about to be. */
    public AccessTokenResult accessToken() {
        return accessToken(Duration.ZERO);
    }

    /**
     * A token that stays valid for at least {@code minValidity} more (beyond the 5 s margin of
     * SPEC §4.2), e.g. before opening a long-lived connection; refreshed under the lock otherwise.
     */
    public AccessTokenResult accessToken(Duration minValidity) {
        try {
            return useCases.getAccessToken().execute(minValidity);
        } catch (SetupProblem problem) {
            return new AccessTokenResult.HttpSetupFailed(problem.getMessage());
        }
    }

    /**
     * Logs out (SPEC §4.5): revokes unless {@code force}, then always deletes the local session
     * (unusable HTTP settings make the revocation unconfirmed, as a dead server does).
     */
    public LogoutResult logout(boolean force) {
        return useCases.logout().execute(force);
    }

    /** The server a login would use and where its URL came from (SPEC §4.1). */
    public ServerResolution server() {
        return useCases.resolveServer();
    }

    /**
     * Starts a login on a thread of its own and returns at once; {@code events} hears the URL to
     * open, the user code, the wait and the end, on that thread. {@link LoginHandle#cancel()}
     * stops it from any thread.
     */
    public LoginHandle login(ServerUrl server, LoginOptions options, Consumer<LoginEvent> events) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(events, "events");
        return LoginHandle.start(useCases, server, options, events);
    }

    /**
     * Tells {@code listener} within 2 s of every sign-in, sign-out or refresh of this home, by this
     * or any other process, until the result is closed. It only reads: it never takes the lock.
     */
    public SessionWatch watch(Consumer<SessionChange> listener) {
        return SessionWatch.start(useCases.showStatus(), useCases.root(), WATCH_INTERVAL, Objects.requireNonNull(listener, "listener"));
    }

    /** The use cases themselves, wired the same way, for a front end that drives them directly (the CLI). */
    public UseCases useCases() {
        return useCases;
    }

    /** The current time as this client sees it (the injected clock). */
    public Clock clock() {
        return clock;
    }

    /** The settings of one client; every one has a default. */
    public static final class Builder {
        private Map<String, String> env = System.getenv();
        private Optional<Path> home = Optional.empty();
        private String userHome = System.getProperty("user.home", "");
        private Clock clock = Clock.systemUTC();
        private String appVersion = "embedded";
        private Optional<Browser> browser = Optional.empty();
        private Optional<Pause> pause = Optional.empty();
        private UnaryOperator<SessionStore> storeDecorator = UnaryOperator.identity();
        private Consumer<String> httpLog;

        private Builder() {}

        /** The settings (SPEC_KITTY_HOME, SPEC_KITTY_SAAS_URL, proxies, CA bundle, BROWSER...); default the process's. */
        public Builder environment(Map<String, String> env) {
            this.env = Map.copyOf(env);
            return this;
        }

        /** The state directory, winning over {@code SPEC_KITTY_HOME} and {@code ~/.spec-kitty}. */
        public Builder home(Path home) {
            this.home = Optional.of(home);
            return this;
        }

        /** The user's home, for the default {@code ~/.spec-kitty}. */
        public Builder userHome(String userHome) {
            this.userHome = Objects.requireNonNull(userHome, "userHome");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Recorded in the lock's holder record, so doctor can name who holds it. */
        public Builder appVersion(String appVersion) {
            this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
            return this;
        }

        /** The browser a login opens (an IDE opens its own); default the system browser. */
        public Builder browser(Browser browser) {
            this.browser = Optional.of(browser);
            return this;
        }

        /** How the device flow waits between polls; default sleeping the login's thread. */
        public Builder pause(Pause pause) {
            this.pause = Optional.of(pause);
            return this;
        }

        /** Wraps the session store, e.g. so a change under way finishes before the process exits. */
        public Builder storeDecorator(UnaryOperator<SessionStore> storeDecorator) {
            this.storeDecorator = Objects.requireNonNull(storeDecorator, "storeDecorator");
            return this;
        }

        /** Hears one line per HTTP call (method, path, status, time; never a token); default none. */
        public Builder httpLog(Consumer<String> httpLog) {
            this.httpLog = httpLog;
            return this;
        }

        public SpecKittyAuth build() {
            Map<String, String> settings = new HashMap<>(env);
            home.ifPresent(path -> settings.put(StoreRoot.HOME_VARIABLE, path.toString()));
            Map<String, String> fixed = Map.copyOf(settings);
            Path root = StoreRoot.resolve(fixed, userHome);
            return new SpecKittyAuth(new UseCases(fixed, root, clock, appVersion, browser, pause, storeDecorator, httpLog),
                    clock);
        }
    }
}
