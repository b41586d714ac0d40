package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clients of the entry point on a temporary home against an in-process sandbox, and a browser that only records. */
final class SandboxClients {
    private SandboxClients() {}

    /** A client of {@code home} whose settings name only the sandbox (no proxy or BROWSER of this machine). */
    static SpecKittyAuth client(Sandbox sandbox, Path home, Browser browser) {
        return SpecKittyAuth.builder()
                .environment(Map.of("SPEC_KITTY_SAAS_URL", sandbox.baseUrl()))
                .home(home)
                .browser(browser)
                .appVersion("test")
                .build();
    }

    static Path home(Path dir, String name) throws IOException {
        return Files.createDirectory(dir.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    static ServerUrl server(Sandbox sandbox) {
        return ServerUrl.parse(sandbox.baseUrl()).url().orElseThrow();
    }

    /** Signs in with the device flow (the sandbox approves at once) and returns the result. */
    static LoginResult deviceLogin(SpecKittyAuth auth, Sandbox sandbox, boolean force) throws InterruptedException {
        return auth.login(server(sandbox), new LoginOptions(force, true), event -> {}).await(Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("the device login did not end in 20 s"));
    }

    /** A browser that records the URLs it is asked to open and opens none, so the login waits. */
    static final class RecordingBrowser implements Browser {
        private final List<String> opened = new ArrayList<>();

        @Override
        public Optional<Unavailable> whyUnavailable() {
            return Optional.empty();
        }

        @Override
        public synchronized boolean open(String url) {
            opened.add(url);
            return true;
        }

        synchronized List<String> opened() {
            return List.copyOf(opened);
        }
    }
}
