package ai.speckitty.auth.adapters.cli.wiring;

import ai.speckitty.auth.adapters.cli.render.Style;
import ai.speckitty.auth.adapters.store.EnvironmentSettings;
import ai.speckitty.auth.adapters.store.FileStorageInspector;
import ai.speckitty.auth.adapters.store.StoreRoot;
import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.doctor.Diagnose;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.server.ServerResolver;
import ai.speckitty.auth.application.status.ShowStatus;
import ai.speckitty.auth.application.storage.CheckStoragePermissions;
import ai.speckitty.auth.application.storage.PermissionProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The composition root: the one place that builds adapters and hands use cases to commands. Only
 * the local adapters (files) are built here; nothing on these paths touches the HTTP adapter, so
 * offline commands never load Feign or Jackson.
 */
public final class CliContext {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;
    private final Style style;
    private final String version;
    private final String userHome;

    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Style style,
            String version, String userHome) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.style = Objects.requireNonNull(style, "style");
        this.version = Objects.requireNonNull(version, "version");
        this.userHome = Objects.requireNonNull(userHome, "userHome");
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

    public ShowStatus showStatus() {
        return new ShowStatus(store(), serverResolver(), clock);
    }

    public Diagnose diagnose() {
        return new Diagnose(store(), inspector(), serverResolver(), clock, new LocalHost(env));
    }

    /**
     * Prints one warning line on stderr per unsafe permission of the credentials file or root (SPEC
     * §3); the command then goes on.
     */
    public void warnAboutPermissions() {
        for (PermissionProblem problem : new CheckStoragePermissions(inspector()).check()) {
            err.println(style.warn("Warning: ") + problem.summary() + "; run `" + problem.remedy() + "`.");
        }
    }

    private Path root() {
        return StoreRoot.resolve(env, userHome);
    }

    private TomlSessionStore store() {
        return new TomlSessionStore(root(), clock, version);
    }

    private StorageInspector inspector() {
        return new FileStorageInspector(root(), clock);
    }

    private ServerResolver serverResolver() {
        return new ServerResolver(new EnvironmentSettings(env, root()));
    }
}
