package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.AuthorizeMode;
import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxUser;
import ai.speckitty.auth.sandbox.SyncMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §6 swept over every command and failure path, once plain and once with {@code --debug}: no
 * access token, refresh token (spent ones included), authorization code, PKCE verifier or device
 * code in stdout or stderr, except the token {@code auth token} prints. {@link SandboxHome#run}
 * does the check (the sandbox's token prefixes, and every secret value the sandbox issued or the
 * client sent); each scenario runs a short sequence of commands so spent tokens are around too.
 */
class SecretsSweepTest {
    @TempDir
    Path tmp;
    SandboxHome world;

    @BeforeEach
    void start() {
        world = SandboxHome.start(tmp, b -> b.replayGraceWindow(Duration.ofSeconds(60)));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    /** Prepares the world and returns the commands to run, each as its environment and arguments. */
    record Scenario(String name, BiFunction<SandboxHome, Path, List<Step>> steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Step(Map<String, String> env, String... args) {
    }

    private static final String SYNC = "SPEC_KITTY_ENABLE_SAAS_SYNC";

    private static List<Step> everything(SandboxHome w) {
        List<Step> steps = new ArrayList<>();
        Map<String, String> env = w.env(SYNC, "1");
        for (String[] args : List.of(
                new String[] {"auth", "token"},
                new String[] {"auth", "status"},
                new String[] {"auth", "status", "--json"},
                new String[] {"auth", "whoami"},
                new String[] {"auth", "doctor"},
                new String[] {"auth", "doctor", "--json"},
                new String[] {"auth", "doctor", "--server"},
                new String[] {"auth", "doctor", "--server", "--json"},
                new String[] {"sync", "status"},
                new String[] {"sync", "status", "--check"},
                new String[] {"sync", "status", "--check", "--json"},
                new String[] {"auth", "logout"})) {
            steps.add(new Step(env, args));
        }
        return steps;
    }

    private static Scenario scenario(String name, BiFunction<SandboxHome, Path, List<Step>> steps) {
        return new Scenario(name, steps);
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                scenario("fresh session, every command", (w, tmp) -> {
                    w.loggedIn();
                    return everything(w);
                }),
                scenario("expired access token (refreshed; the old refresh token is then spent)", (w, tmp) -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    return everything(w);
                }),
                scenario("rejected refresh (revoked family)", (w, tmp) -> {
                    IssuedSession s = w.loggedIn(SandboxHome::accessExpired);
                    w.sandbox.revokeSession(s.sessionId());
                    List<Step> steps = new ArrayList<>();
                    for (String[] args : List.of(new String[] {"auth", "doctor", "--server"}, new String[] {"auth", "token"},
                            new String[] {"sync", "status", "--check"})) {
                        steps.add(new Step(w.env(SYNC, "1"), args));
                        steps.add(new Step(w.env(SYNC, "1"), "auth", "status"));
                    }
                    return steps;
                }),
                scenario("benign replay of a spent token", (w, tmp) -> {
                    IssuedSession s = w.loggedIn(SandboxHome::accessExpired);
                    w.spend(s.refreshToken());
                    return everything(w);
                }),
                scenario("rotation lost in a dropped answer, then replay", (w, tmp) -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropAfterProcessing());
                    return everything(w);
                }),
                scenario("server failures everywhere", (w, tmp) -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(500, "{\"error\":\"server_error\",\"error_description\":\"x\"}"));
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.nonJson());
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.throttled(1));
                    w.sandbox.injectFault(Sandbox.SESSION_STATUS_PATH, Fault.status(500), 5);
                    w.sandbox.injectFault(Sandbox.SYNC_HEALTH_PATH, Fault.status(503), 5);
                    w.sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.nonJson());
                    return everything(w);
                }),
                scenario("probe 401, 403 and a legacy server", (w, tmp) -> {
                    IssuedSession s = w.loggedIn();
                    Map<String, String> env = w.env(SYNC, "1");
                    w.sandbox.setSyncMode(SyncMode.LEGACY);
                    List<Step> steps = new ArrayList<>(List.of(new Step(env, "sync", "status", "--check")));
                    w.sandbox.injectFault(Sandbox.SYNC_HEALTH_PATH, Fault.status(403));
                    steps.add(new Step(env, "sync", "status", "--check", "--json"));
                    w.sandbox.revokeSession(s.sessionId());
                    steps.add(new Step(env, "sync", "status", "--check"));
                    steps.add(new Step(env, "auth", "doctor", "--server"));
                    steps.add(new Step(env, "auth", "logout"));
                    return steps;
                }),
                scenario("unreachable server", (w, tmp) -> {
                    w.loggedIn(s -> SandboxHome.accessExpired(SandboxHome.atServer(SandboxHome.closedPortUrl()).apply(s)));
                    return everything(w);
                }),
                scenario("wrong server configured", (w, tmp) -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    List<Step> steps = new ArrayList<>();
                    for (Step step : everything(w)) {
                        Map<String, String> env = new java.util.HashMap<>(step.env());
                        env.put("SPEC_KITTY_SAAS_URL", SandboxHome.closedPortUrl());
                        steps.add(new Step(env, step.args()));
                    }
                    return steps;
                }),
                scenario("no refresh token", (w, tmp) -> {
                    w.loggedIn(s -> SandboxHome.accessExpired(SandboxHome.withoutRefreshToken(s)));
                    return everything(w);
                }),
                scenario("corrupt file holding tokens", (w, tmp) -> {
                    IssuedSession s = w.issue();
                    w.home.write("[tokens]\naccess = \"" + s.accessToken() + "\"\nrefresh = \"" + s.refreshToken() + "\n");
                    return everything(w);
                }),
                scenario("browser logins: new, already logged in, --force, then token", (w, tmp) -> {
                    Map<String, String> env = w.env("SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl(), "BROWSER", LoginTest.browser(tmp));
                    return List.of(new Step(env, "auth", "login"), new Step(env, "auth", "login"),
                            new Step(env, "auth", "login", "--force"), new Step(env, "auth", "token"));
                }),
                scenario("forced browser login refused (invalid_scope)", (w, tmp) -> {
                    Map<String, String> env = w.env("SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl(), "BROWSER", LoginTest.browser(tmp));
                    w.loggedIn();
                    w.sandbox.setAuthorizeMode(AuthorizeMode.INVALID_SCOPE);
                    return List.of(new Step(env, "auth", "login", "--force"));
                }),
                scenario("browser login: code exchange 400 invalid_grant", (w, tmp) -> {
                    Map<String, String> env = w.env("SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl(), "BROWSER", LoginTest.browser(tmp));
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(400, "{\"error\":\"invalid_grant\"}"));
                    return List.of(new Step(env, "auth", "login"));
                }),
                scenario("browser login: user without teams", (w, tmp) -> {
                    Map<String, String> env = w.env("SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl(), "BROWSER", LoginTest.browser(tmp));
                    w.sandbox.setUser(SandboxUser.ada().teams(List.of()));
                    return List.of(new Step(env, "auth", "login"));
                }),
                scenario("device login, then everything", (w, tmp) -> {
                    List<Step> steps = new ArrayList<>(List.of(new Step(w.env("SPEC_KITTY_SAAS_URL", w.sandbox.baseUrl()),
                            "auth", "login", "--headless")));
                    steps.addAll(everything(w));
                    return steps;
                }),
                scenario("forced device login denied", (w, tmp) -> {
                    w.loggedIn();
                    w.sandbox.setDeviceMode(DeviceMode.DENY);
                    return List.of(new Step(w.env(), "auth", "login", "--headless", "--force"));
                }),
                scenario("logout: revoke dropped, then --force", (w, tmp) -> {
                    w.loggedIn();
                    w.sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.dropBeforeProcessing());
                    return List.of(new Step(w.env(), "auth", "logout"), new Step(w.env(), "auth", "logout", "--force"));
                }));
    }

    static Stream<Arguments> sweep() {
        return scenarios().flatMap(s -> Stream.of(Arguments.of(s, false), Arguments.of(s, true)));
    }

    @ParameterizedTest(name = "{0}, debug={1}")
    @MethodSource("sweep")
    void noSecretInAnyOutput(Scenario scenario, boolean debug) {
        if (debug) {
            world.debug();
        }
        List<Step> steps = scenario.steps().apply(world, tmp);
        boolean sawDebugLine = false;
        for (Step step : steps) {
            int before = world.sandbox.journal().size();
            CliRun r = world.run(step.env(), step.args());  // asserts the absence of every secret
            if (Arrays.asList(step.args()).contains("--json") && r.exit() != 2) {
                StrictJson.parse(r.out());  // still exactly one document, with or without --debug
            }
            sawDebugLine |= world.sandbox.journal().size() > before && r.err().contains("debug: http: ");
        }
        assertTrue(world.knownSecrets() >= 2, "the sweep had secret values to look for");
        if (debug && !world.calls().isEmpty()) {
            assertTrue(sawDebugLine, "--debug was on: the HTTP call log reached stderr");
        }
    }
}
