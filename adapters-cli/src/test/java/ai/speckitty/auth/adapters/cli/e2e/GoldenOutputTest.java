package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SyncMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message family, each command with each outcome, in text mode with NO_COLOR, compared with a
 * committed transcript under {@code src/test/resources/golden/}: a wording change is a reviewed
 * diff. {@code -Dgolden.update=true} rewrites the transcripts. Volatile parts (temp paths, ports,
 * times, ids) are replaced by fixed placeholders first.
 */
class GoldenOutputTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** One case: its file name and what it does in a fresh sandbox and home. */
    record Case(String name, Function<SandboxHome, CliRun> run) {}

    private static final String ENABLE = "SPEC_KITTY_ENABLE_SAAS_SYNC";

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // status
        c.add(new Case("status-not-signed-in", w -> w.run(env(w), "auth", "status")));
        c.add(new Case("status-signed-in", w -> { w.loggedIn(); return w.run(env(w), "auth", "status"); }));
        c.add(new Case("status-expired", w -> { w.loggedIn(SandboxHome::refreshExpired); return w.run(env(w), "auth", "status"); }));
        c.add(new Case("status-unreadable", w -> { w.home.write("not toml ["); return w.run(env(w), "auth", "status"); }));
        c.add(new Case("status-newer-version", w -> { w.home.write("schema_version = 9\n"); return w.run(env(w), "auth", "status"); }));
        c.add(new Case("status-open-permissions", w -> {
            w.loggedIn();
            w.home.mode(w.home.credentials(), "rw-r--r--");
            return w.run(env(w), "auth", "status");
        }));
        c.add(new Case("status-other-server-configured", w -> {
            w.loggedIn();
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", "https://elsewhere.example"), "auth", "status");
        }));
        // whoami
        c.add(new Case("whoami-signed-in", w -> { w.loggedIn(); return w.run(env(w), "auth", "whoami"); }));
        c.add(new Case("whoami-not-signed-in", w -> w.run(env(w), "auth", "whoami")));
        c.add(new Case("whoami-expired", w -> { w.loggedIn(SandboxHome::refreshExpired); return w.run(env(w), "auth", "whoami"); }));
        c.add(new Case("whoami-unreadable", w -> { w.home.write("not toml ["); return w.run(env(w), "auth", "whoami"); }));
        // token
        c.add(new Case("token-not-signed-in", w -> w.run(env(w), "auth", "token")));
        c.add(new Case("token-expired", w -> { w.loggedIn(SandboxHome::refreshExpired); return w.run(env(w), "auth", "token"); }));
        c.add(new Case("token-no-refresh-token", w -> {
            w.loggedIn(s -> SandboxHome.accessExpired(SandboxHome.withoutRefreshToken(s)));
            return w.run(env(w), "auth", "token");
        }));
        c.add(new Case("token-rejected", w -> {
            IssuedSession s = w.loggedIn(SandboxHome::accessExpired);
            w.sandbox.revokeSession(s.sessionId());
            return w.run(env(w), "auth", "token");
        }));
        c.add(new Case("token-refresh-503", w -> tokenWithRefreshFault(w, Fault.unavailable(30))));
        c.add(new Case("token-refresh-429", w -> tokenWithRefreshFault(w, Fault.throttled(120))));
        c.add(new Case("token-refresh-500", w -> tokenWithRefreshFault(w, Fault.status(500))));
        c.add(new Case("token-refresh-not-json", w -> tokenWithRefreshFault(w, Fault.nonJson())));
        c.add(new Case("token-refresh-dropped", w -> tokenWithRefreshFault(w, Fault.dropBeforeProcessing())));
        c.add(new Case("token-refresh-dropped-config-file", w -> {
            w.home.config("[sync]\nserver_url = \"" + w.sandbox.baseUrl() + "\"\n");
            w.loggedIn(s -> SandboxHome.withoutServer(SandboxHome.accessExpired(s)));
            w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropBeforeProcessing());
            return w.run(env(w), "auth", "token");
        }));
        c.add(new Case("token-refresh-dropped-other-server", w -> {
            w.loggedIn(SandboxHome::accessExpired);
            w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropBeforeProcessing());
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", "https://elsewhere.example"), "auth", "token");
        }));
        c.add(new Case("token-unreadable", w -> { w.home.write("not toml ["); return w.run(env(w), "auth", "token"); }));
        c.add(new Case("token-newer-version", w -> { w.home.write("schema_version = 9\n"); return w.run(env(w), "auth", "token"); }));
        // doctor
        c.add(new Case("doctor-no-session", w -> w.run(env(w), "auth", "doctor")));
        c.add(new Case("doctor-healthy", w -> { w.loggedIn(); return w.run(env(w), "auth", "doctor"); }));
        c.add(new Case("doctor-findings", w -> {
            w.loggedIn(SandboxHome::accessExpired);
            w.home.mode(w.home.credentials(), "rw-r--r--");
            w.home.staleLockRecord(4242, "other-host.example", Instant.parse("2026-01-01T00:00:00Z"));
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", "https://elsewhere.example"), "auth", "doctor");
        }));
        c.add(new Case("doctor-cannot-renew", w -> { w.loggedIn(SandboxHome::refreshExpired); return w.run(env(w), "auth", "doctor"); }));
        c.add(new Case("doctor-unreadable", w -> { w.home.write("not toml ["); return w.run(env(w), "auth", "doctor"); }));
        c.add(new Case("doctor-newer-version", w -> { w.home.write("schema_version = 9\n"); return w.run(env(w), "auth", "doctor"); }));
        c.add(new Case("doctor-json-findings", w -> {
            w.loggedIn(SandboxHome::accessExpired);
            w.home.mode(w.home.credentials(), "rw-r--r--");
            return w.run(env(w), "auth", "doctor", "--json");
        }));
        c.add(new Case("doctor-server-active", w -> { w.loggedIn(); return w.run(env(w), "auth", "doctor", "--server"); }));
        c.add(new Case("doctor-server-invalid", w -> {
            IssuedSession s = w.loggedIn();
            w.sandbox.revokeSession(s.sessionId());
            return w.run(env(w), "auth", "doctor", "--server");
        }));
        c.add(new Case("doctor-server-503", w -> {
            w.loggedIn();
            w.sandbox.injectFault(Sandbox.SESSION_STATUS_PATH, Fault.unavailable(30));
            return w.run(env(w), "auth", "doctor", "--server");
        }));
        c.add(new Case("doctor-server-unreachable-env", w -> {
            w.loggedIn(SandboxHome::withoutServer);
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", SandboxHome.closedPortUrl()), "auth", "doctor", "--server");
        }));
        c.add(new Case("doctor-server-refresh-failed", w -> {
            w.loggedIn(SandboxHome::accessExpired);
            w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(500));
            return w.run(env(w), "auth", "doctor", "--server");
        }));
        c.add(new Case("doctor-server-wrong-server", w -> {
            w.loggedIn();
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", "https://elsewhere.example"), "auth", "doctor", "--server");
        }));
        c.add(new Case("doctor-server-json-503", w -> {
            w.loggedIn();
            w.sandbox.injectFault(Sandbox.SESSION_STATUS_PATH, Fault.unavailable(30));
            return w.run(env(w), "auth", "doctor", "--server", "--json");
        }));
        // logout: the four revoke outcomes, then the failures
        c.add(new Case("logout-revoked", w -> { w.loggedIn(); return w.run(env(w), "auth", "logout"); }));
        c.add(new Case("logout-server-failure", w -> {
            w.loggedIn();
            w.sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.status(500));
            return w.run(env(w), "auth", "logout");
        }));
        c.add(new Case("logout-network-error", w -> {
            w.loggedIn(SandboxHome.atServer(SandboxHome.closedPortUrl()));
            return w.run(env(w), "auth", "logout");
        }));
        c.add(new Case("logout-no-refresh-token", w -> {
            w.loggedIn(SandboxHome::withoutRefreshToken);
            return w.run(env(w), "auth", "logout");
        }));
        c.add(new Case("logout-force", w -> { w.loggedIn(); return w.run(env(w), "auth", "logout", "--force"); }));
        c.add(new Case("logout-not-signed-in", w -> w.run(env(w), "auth", "logout")));
        c.add(new Case("logout-unreadable", w -> { w.home.write("not toml ["); return w.run(env(w), "auth", "logout"); }));
        c.add(new Case("logout-newer-version", w -> { w.home.write("schema_version = 9\n"); return w.run(env(w), "auth", "logout"); }));
        // sync status --check: the rows of SPEC §4.9
        c.add(new Case("sync-setting", w -> { w.loggedIn(); return w.run(env(w), "sync", "status"); }));
        c.add(new Case("sync-disabled", w -> { w.loggedIn(); return w.run(env(w), "sync", "status", "--check"); }));
        c.add(new Case("sync-not-authenticated", w -> sync(w)));
        c.add(new Case("sync-session-expired", w -> { w.loggedIn(SandboxHome::refreshExpired); return sync(w); }));
        c.add(new Case("sync-wrong-server", w -> {
            w.loggedIn();
            return w.run(env(w, ENABLE, "1", "SPEC_KITTY_SAAS_URL", "https://elsewhere.example"), "sync", "status", "--check");
        }));
        c.add(new Case("sync-error-refresh-429", w -> {
            w.loggedIn(SandboxHome::accessExpired);
            w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.throttled(30));
            return sync(w);
        }));
        c.add(new Case("sync-connected", w -> { w.loggedIn(); return sync(w); }));
        c.add(new Case("sync-authentication-failed", w -> {
            IssuedSession s = w.loggedIn();
            w.sandbox.revokeSession(s.sessionId());
            return sync(w);
        }));
        c.add(new Case("sync-permission-denied", w -> { w.loggedIn(); w.sandbox.setSyncMode(SyncMode.FORBIDDEN); return sync(w); }));
        c.add(new Case("sync-server-unavailable", w -> {
            w.loggedIn();
            w.sandbox.injectFault(Sandbox.SYNC_HEALTH_PATH, Fault.status(502));
            return sync(w);
        }));
        c.add(new Case("sync-unexpected", w -> {
            w.loggedIn();
            w.sandbox.injectFault(Sandbox.SYNC_HEALTH_PATH, Fault.status(418));
            return sync(w);
        }));
        c.add(new Case("sync-server-unreachable", w -> {
            w.loggedIn(SandboxHome.atServer(SandboxHome.closedPortUrl()));
            return sync(w);
        }));
        // login by the device flow (no browser needed)
        c.add(new Case("login-device-approved", w -> w.run(env(w, "SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl()),
                "auth", "login", "--headless")));
        c.add(new Case("login-device-denied", w -> {
            w.sandbox.setDeviceMode(DeviceMode.DENY);
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl()), "auth", "login", "--headless");
        }));
        c.add(new Case("login-device-expired", w -> {
            w.sandbox.setDeviceMode(DeviceMode.EXPIRE);
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl()), "auth", "login", "--headless");
        }));
        c.add(new Case("login-device-server-503", w -> {
            w.sandbox.injectFault(Sandbox.DEVICE_PATH, Fault.unavailable(30));
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl()), "auth", "login", "--headless");
        }));
        c.add(new Case("login-already", w -> { w.loggedIn(); return w.run(env(w), "auth", "login"); }));
        c.add(new Case("login-newer-version", w -> {
            w.home.write("schema_version = 9\n");
            return w.run(env(w, "SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl()), "auth", "login", "--headless");
        }));
        // usage errors
        // an unusable server setting: which setting, what is wrong, what to change (SPEC §4.1)
        c.add(new Case("login-server-url-plain-http", w -> w.run(env(w, "SPEC_KITTY_SAAS_URL", "http://example.com"),
                "auth", "login", "--headless")));
        c.add(new Case("login-server-url-with-password", w -> w.run(env(w, "SPEC_KITTY_SAAS_URL", "https://bob:pa/ss@example.com"),
                "auth", "login", "--headless")));
        c.add(new Case("sync-config-server-url-unusable", w -> {
            w.home.config("[sync]\nserver_url = \"ftp://files.example\"\n");
            return w.run(env(w, ENABLE, "1"), "sync", "status");
        }));
        c.add(new Case("status-config-unreadable", w -> {
            w.loggedIn();
            w.home.config("[sync\n");
            return w.run(env(w), "auth", "status");
        }));
        c.add(new Case("doctor-config-unreadable", w -> { w.home.config("[sync\n"); return w.run(env(w), "auth", "doctor"); }));
        c.add(new Case("usage-unknown-command", w -> w.run(env(w), "auth", "logn")));
        c.add(new Case("usage-unknown-option", w -> w.run(env(w), "auth", "status", "--jsn")));
        c.add(new Case("usage-missing-command", w -> w.run(env(w), "auth")));
        return c;
    }

    private static java.util.Map<String, String> env(SandboxHome w, String... extra) {
        java.util.Map<String, String> env = w.env(extra);
        env.put("NO_COLOR", "1");
        return env;
    }

    private static CliRun sync(SandboxHome w) {
        return w.run(env(w, ENABLE, "1"), "sync", "status", "--check");
    }

    private static CliRun tokenWithRefreshFault(SandboxHome w, Fault fault) {
        w.loggedIn(SandboxHome::accessExpired);
        w.sandbox.injectFault(Sandbox.TOKEN_PATH, fault);
        return w.run(env(w), "auth", "token");
    }

    @TestFactory
    Stream<DynamicTest> everyMessageFamilyMatchesItsTranscript() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        Path tmp = Files.createTempDirectory("golden-");
        String actual;
        try (SandboxHome world = SandboxHome.start(tmp)) {
            CliRun run = c.run().apply(world);
            actual = GoldenText.normalise(GoldenText.transcript(run), tmp, world.sandbox.baseUrl());
        } finally {
            GoldenText.deleteTree(tmp);
        }
        Path file = GOLDEN.resolve(c.name() + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), () -> "no transcript " + file + "; run with -Dgolden.update=true\n" + actual);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, c.name());
    }
}
