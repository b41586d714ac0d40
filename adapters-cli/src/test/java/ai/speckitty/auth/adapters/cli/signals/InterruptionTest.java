package ai.speckitty.auth.adapters.cli.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.cli.stampede.ExpiredSessionHome;
import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 finding 6: SIGINT or SIGTERM at a random moment after a state-changing request reached
 * the server (a slow refresh that rotates first and answers late, a slow revoke, a pending device
 * flow, an approved login whose identity call answers late, a login whose revocation of the
 * replaced session answers late), sent to a real child JVM running the CLI against an in-process
 * sandbox. Each run must
 * exit 130 (SIGINT) or 143 (SIGTERM) within the request deadline plus a margin, with no stack
 * trace and no secret on stderr, and leave the credentials file right: the rotated session after
 * a refresh (0 sessions lost), no file after a logout (0 revoked sessions left behind), nothing
 * stored or the --force-replaced session byte-identical after a cancelled login, and after an
 * approved one either that or the whole new session.
 */
class InterruptionTest {
    /** How late the sandbox answers a refresh or a revocation it has already carried out. */
    private static final Duration SLOW_ANSWER = Duration.ofMillis(500);
    /** Signals land up to here after the request arrived: before the answer reaches the client. */
    private static final Duration LATEST_SIGNAL = SLOW_ANSWER.minusMillis(100);
    /** The 10 s request deadline plus a margin. */
    private static final Duration EXIT_DEADLINE = Duration.ofSeconds(12);
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at |Exception|Error:");
    private static final Pattern SECRET = Pattern.compile("sbx_(at|rt|ac|dc)_");
    private static final List<String> SIGNALS = List.of("INT", "TERM");
    private static final String CANCELLED = "Login cancelled by user.";
    private static final String SAVED = "Interrupted after signing in: the new session was saved.";

    @TempDir
    Path tmp;

    /** What one interrupted run did, and what was wrong with it. */
    private record Run(String signal, long exitMillis, List<String> problems) {
    }

    /** One interrupted run of a scenario; returns what was wrong (empty when nothing). */
    @FunctionalInterface
    private interface Scenario {
        Run run(int index, String signal) throws Exception;
    }

    @Test
    void aRefreshInterruptedAfterTheServerRotatedStillStoresTheRotatedSession() throws Exception {
        runCampaign("refresh", 35, (index, signal) -> {
            try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().build())) {
                sandbox.injectFaultAlways(Sandbox.TOKEN_PATH, Fault.slow(SLOW_ANSWER));
                IssuedSession issued = sandbox.issueSession();
                Path dir = tmp.resolve("refresh-" + signal + "-" + index);
                Path home = ExpiredSessionHome.create(Files.createDirectories(dir).resolve("home"), sandbox.baseUrl(), issued);
                CliChild child = CliChild.start(dir, Map.of("SPEC_KITTY_HOME", home.toString()), "auth", "token");
                List<String> problems = new ArrayList<>();
                long exitMillis = interrupt(child, sandbox, r -> r.isRefresh(), LATEST_SIGNAL, signal, problems);
                Optional<String> stored = refreshTokenIn(home);
                if (stored.isEmpty()) {
                    problems.add("session lost: no session in the file");
                } else if (stored.get().equals(issued.refreshToken())) {
                    problems.add("session lost: the file still holds the spent refresh token");
                } else if (!sandbox.isCurrentRefreshToken(stored.get())) {
                    problems.add("session lost: the file's refresh token is not the family's current one");
                }
                // stdout may carry the new access token (it is the command's output); stderr never.
                problems.addAll(outputProblems(child.stderr()));
                return new Run(signal, exitMillis, problems);
            }
        });
    }

    @Test
    void aLogoutInterruptedAfterTheRevocationWasSentStillDeletesTheSession() throws Exception {
        runCampaign("logout", 35, (index, signal) -> {
            try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().build())) {
                sandbox.injectFaultAlways(Sandbox.REVOKE_PATH, Fault.slow(SLOW_ANSWER));
                IssuedSession issued = sandbox.issueSession();
                Path dir = tmp.resolve("logout-" + signal + "-" + index);
                Path home = ExpiredSessionHome.create(Files.createDirectories(dir).resolve("home"), sandbox.baseUrl(), issued);
                CliChild child = CliChild.start(dir, Map.of("SPEC_KITTY_HOME", home.toString()), "auth", "logout");
                List<String> problems = new ArrayList<>();
                long exitMillis = interrupt(child, sandbox,
                        r -> Sandbox.REVOKE_PATH.equals(r.path()) && issued.refreshToken().equals(r.formValue("token")),
                        LATEST_SIGNAL, signal, problems);
                if (!sandbox.session(issued.sessionId()).orElseThrow().revoked()) {
                    problems.add("setup: the server did not revoke the session");
                }
                if (Files.exists(home.resolve("credentials"))) {
                    problems.add("a revoked session was left behind in the credentials file");
                }
                problems.addAll(outputProblems(child.stdout() + child.stderr()));
                return new Run(signal, exitMillis, problems);
            }
        });
    }

    @Test
    void aDeviceLoginInterruptedWhileWaitingStoresNothingAndKeepsTheReplacedSession() throws Exception {
        runCampaign("device login", 20, (index, signal) -> {
            try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().deviceMode(DeviceMode.PENDING_FOREVER).build())) {
                Path dir = tmp.resolve("login-" + signal + "-" + index);
                boolean replacing = index % 2 == 0;
                Path home = Files.createDirectories(dir).resolve("home");
                byte[] before = null;
                if (replacing) {
                    ExpiredSessionHome.create(home, sandbox.baseUrl(), sandbox.issueSession());
                    before = Files.readAllBytes(home.resolve("credentials"));
                }
                String[] args = replacing
                        ? new String[] {"auth", "login", "--headless", "--force"}
                        : new String[] {"auth", "login", "--headless"};
                CliChild child = CliChild.start(dir,
                        Map.of("SPEC_KITTY_HOME", home.toString(), "SPEC_KITTY_SAAS_URL", sandbox.baseUrl()), args);
                List<String> problems = new ArrayList<>();
                // From the device authorization on the client waits: before, during and after its first poll (1 s).
                long exitMillis = interrupt(child, sandbox, r -> Sandbox.DEVICE_PATH.equals(r.path()),
                        Duration.ofMillis(1_500), signal, problems);
                if (!child.stderr().contains(CANCELLED)) {
                    problems.add("no 'Login cancelled by user.' on stderr");
                }
                Path credentials = home.resolve("credentials");
                if (replacing && !Arrays.equals(before, Files.exists(credentials) ? Files.readAllBytes(credentials) : null)) {
                    problems.add("the session --force would replace was changed");
                }
                if (!replacing && Files.exists(credentials)) {
                    problems.add("a cancelled login stored something");
                }
                problems.addAll(outputProblems(child.stdout() + child.stderr()));
                return new Run(signal, exitMillis, problems);
            }
        });
    }

    @Test
    void aLoginInterruptedAfterApprovalKeepsTheOldSessionOrStoresTheNewOneWhole() throws Exception {
        runCampaign("approved login", 5, (index, signal) -> {
            try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().deviceMode(DeviceMode.APPROVE).build())) {
                // The signal lands while /api/v1/me answers late: before the new session is written.
                sandbox.injectFaultAlways(Sandbox.ME_PATH, Fault.slow(SLOW_ANSWER));
                Path dir = tmp.resolve("approved-" + signal + "-" + index);
                IssuedSession old = sandbox.issueSession();
                Path home = ExpiredSessionHome.create(Files.createDirectories(dir).resolve("home"), sandbox.baseUrl(), old);
                byte[] before = Files.readAllBytes(home.resolve("credentials"));
                CliChild child = CliChild.start(dir,
                        Map.of("SPEC_KITTY_HOME", home.toString(), "SPEC_KITTY_SAAS_URL", sandbox.baseUrl()),
                        "auth", "login", "--headless", "--force");
                List<String> problems = new ArrayList<>();
                long exitMillis = interrupt(child, sandbox, r -> r.path().equals(Sandbox.ME_PATH), LATEST_SIGNAL, signal, problems);
                Path credentials = home.resolve("credentials");
                boolean kept = Files.exists(credentials) && Arrays.equals(before, Files.readAllBytes(credentials));
                boolean replacedWhole = refreshTokenIn(home).filter(token -> !token.equals(old.refreshToken()))
                        .filter(sandbox::isCurrentRefreshToken).isPresent();
                if (!kept && !replacedWhole) {
                    problems.add("the file holds neither the old session unchanged nor a whole new one");
                }
                problems.addAll(outputProblems(child.stdout() + child.stderr()));
                return new Run(signal, exitMillis, problems);
            }
        });
    }

    @Test
    void aLoginInterruptedAfterItSavedTheNewSessionSaysSoAndKeepsIt() throws Exception {
        runCampaign("login after its write", 5, (index, signal) -> {
            try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().deviceMode(DeviceMode.APPROVE).build())) {
                // With --force the replaced session is revoked after the new one is written: the
                // signal lands while that best-effort revocation answers late.
                sandbox.injectFaultAlways(Sandbox.REVOKE_PATH, Fault.slow(SLOW_ANSWER));
                Path dir = tmp.resolve("saved-" + signal + "-" + index);
                IssuedSession old = sandbox.issueSession();
                Path home = ExpiredSessionHome.create(Files.createDirectories(dir).resolve("home"), sandbox.baseUrl(), old);
                CliChild child = CliChild.start(dir,
                        Map.of("SPEC_KITTY_HOME", home.toString(), "SPEC_KITTY_SAAS_URL", sandbox.baseUrl()),
                        "auth", "login", "--headless", "--force");
                List<String> problems = new ArrayList<>();
                long exitMillis = interrupt(child, sandbox, r -> Sandbox.REVOKE_PATH.equals(r.path()), LATEST_SIGNAL,
                        signal, problems);
                boolean replacedWhole = refreshTokenIn(home).filter(token -> !token.equals(old.refreshToken()))
                        .filter(sandbox::isCurrentRefreshToken).isPresent();
                if (!replacedWhole) {
                    problems.add("the new session is not in the file");
                }
                if (!child.stderr().contains(SAVED) || child.stderr().contains(CANCELLED)) {
                    problems.add("stderr does not say the new session was saved: " + child.stderr());
                }
                problems.addAll(outputProblems(child.stdout() + child.stderr()));
                return new Run(signal, exitMillis, problems);
            }
        });
    }

    /**
     * Runs {@code perSignal} runs for each of SIGINT and SIGTERM, two children at a time, then
     * fails with every problem found; prints the figures.
     */
    private static void runCampaign(String name, int perSignal, Scenario scenario) throws Exception {
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<Future<Run>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < perSignal * SIGNALS.size(); i++) {
                int index = i;
                String signal = SIGNALS.get(i % SIGNALS.size());
                runs.add(workers.submit(() -> {
                    try {
                        return scenario.run(index, signal);
                    } catch (Exception | AssertionError e) {
                        return new Run(signal, -1, List.of("run failed: " + e));
                    }
                }));
            }
            List<String> problems = new ArrayList<>();
            long slowest = 0;
            int failedRuns = 0;
            for (int i = 0; i < runs.size(); i++) {
                Run run = runs.get(i).get();
                slowest = Math.max(slowest, run.exitMillis());
                if (!run.problems().isEmpty()) {
                    failedRuns++;
                    problems.add("run " + i + " (SIG" + run.signal() + "): " + String.join("; ", run.problems()));
                }
            }
            System.out.printf("interruption %s: %d SIGINT + %d SIGTERM runs, %d with a problem, slowest exit %d ms after"
                    + " the signal, %d s in all%n", name, perSignal, perSignal, failedRuns, slowest,
                    Duration.ofNanos(System.nanoTime() - start).toSeconds());
            assertEquals(List.of(), problems);
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Waits until the sandbox has the child's request, waits a random moment up to {@code latest},
     * sends the signal and waits for the exit; records a wrong exit code or a late exit and returns
     * the milliseconds from signal to exit.
     */
    private static long interrupt(CliChild child, Sandbox sandbox, Predicate<RecordedRequest> request, Duration latest,
            String signal, List<String> problems) throws Exception {
        long waitUntil = System.nanoTime() + BOUND.toNanos();
        while (!sandbox.journal().await(request, 1, Duration.ofMillis(100))) {
            if (!child.alive() || System.nanoTime() > waitUntil) {
                child.awaitExit(Duration.ZERO);
                throw new AssertionError("the request never reached the sandbox; stderr: " + child.stderr());
            }
        }
        Thread.sleep(ThreadLocalRandom.current().nextLong(latest.toMillis() + 1));
        long signalled = System.nanoTime();
        child.signal(signal);
        boolean exited = child.awaitExit(BOUND);
        long exitMillis = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
        assertTrue(exited, "the child did not exit within " + BOUND + " of SIG" + signal);
        int expected = signal.equals("INT") ? 130 : 143;
        if (child.exitCode() != expected) {
            problems.add("exit " + child.exitCode() + " instead of " + expected + "; stderr: " + child.stderr());
        }
        if (exitMillis > EXIT_DEADLINE.toMillis()) {
            problems.add("exited " + exitMillis + " ms after the signal");
        }
        return exitMillis;
    }

    private static List<String> outputProblems(String output) {
        List<String> problems = new ArrayList<>();
        if (STACK_TRACE.matcher(output).find()) {
            problems.add("a stack trace or exception in the output: " + output);
        }
        if (SECRET.matcher(output).find()) {
            problems.add("a secret in the output");
        }
        return problems;
    }

    private static Optional<String> refreshTokenIn(Path home) {
        return new TomlSessionStore(home, Clock.systemUTC(), "test").read().presentSession()
                .flatMap(session -> session.tokens().refresh()).map(token -> token.value());
    }
}
