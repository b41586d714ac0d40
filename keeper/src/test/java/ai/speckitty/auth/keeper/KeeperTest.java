package ai.speckitty.auth.keeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.embedding.SpecKittyAuth;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second front end, built on the entry point alone, next to real CLI processes on the same
 * home and sandbox: one refresh for 16 threads and 8 processes, the CLI's login, refresh and
 * logout heard within 2 s, and login, cancel and logout over its line protocol.
 */
@Timeout(180)
class KeeperTest {
    private static final long PROMISED_MILLIS = 2_000;

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path home;
    private Map<String, String> cliEnv;

    @BeforeEach
    void sandboxAndHome() throws Exception {
        // Tokens of 1 s count as expired at once (SPEC §4.2's 5 s margin), so a login leaves an expired session.
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).accessTokenTtl(Duration.ofSeconds(1)).build());
        home = Files.createDirectory(dir.resolve("home"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        cliEnv = Map.of("SPEC_KITTY_HOME", home.toString(), "SPEC_KITTY_SAAS_URL", sandbox.baseUrl(), "NO_COLOR", "1");
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void sixteenThreadsAndEightCliProcessesOnOneExpiredSessionCauseOneRefreshAndShareOneToken() throws Exception {
        CliProcess.run(cliEnv, "auth", "login", "--headless").requireSuccess();
        sandbox.setAccessTokenTtl(Duration.ofHours(1));
        sandbox.journal().clear();
        // The refresh answers late, so the processes still booting find it under way.
        sandbox.injectFault("/oauth/token", Fault.slow(Duration.ofMillis(1500)), 1);
        try (KeeperSession keeper = new KeeperSession(client(new NoBrowser()))) {
            List<CliProcess> processes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                processes.add(CliProcess.start(cliEnv, "auth", "token"));
            }
            keeper.send("tokens 16");

            String race = keeper.expectStart("tokens ", 60_000);
            List<CliProcess.Result> results = new ArrayList<>();
            for (CliProcess process : processes) {
                results.add(process.finish());
            }
            keeper.send("token");
            String keeperFingerprint = field(keeper.expectStart("token ", 10_000), "fingerprint");

            assertEquals("threads=16 failures=0 distinct_tokens=1", race.substring("tokens ".length(), race.indexOf(" refreshed=")));
            assertTrue(results.stream().allMatch(r -> r.exit() == 0), () -> "CLI exits: " + results);
            Set<String> cliFingerprints = results.stream().map(r -> fingerprint(r.out().strip())).collect(Collectors.toSet());
            assertEquals(Set.of(keeperFingerprint), cliFingerprints, "the processes got the keeper's token");
            assertEquals(1, sandbox.journal().countRefreshSubmissions(), "refresh requests");
            String token = results.get(0).out().strip();
            assertTrue(keeper.seen().stream().noneMatch(line -> line.contains(token)), "the keeper shows the token's fingerprint only");
            assertNoSandboxSecretIn(keeper.seen());
        }
    }

    @Test
    void theKeeperHearsACliLoginRefreshAndLogoutWithinTwoSeconds() throws Exception {
        try (KeeperSession keeper = new KeeperSession(client(new NoBrowser()))) {
            CliProcess.run(cliEnv, "auth", "login", "--headless").requireSuccess();
            keeper.expect(line -> line.equals("event signed-in " + sandbox.config().user().email()), PROMISED_MILLIS);

            sandbox.setAccessTokenTtl(Duration.ofHours(1));
            CliProcess.run(cliEnv, "auth", "token").requireSuccess();
            keeper.expect(line -> line.equals("event refreshed " + sandbox.config().user().email()), PROMISED_MILLIS);

            CliProcess.run(cliEnv, "auth", "logout").requireSuccess();
            keeper.expect(line -> line.equals("event signed-out -"), PROMISED_MILLIS);
        }
    }

    @Test
    void loginCancelAndLogoutOverTheLineProtocol() throws Exception {
        try (KeeperSession keeper = new KeeperSession(client(new NoBrowser()))) {
            keeper.send("login");
            keeper.expectStart("login url http://127.0.0.1:", 10_000);
            keeper.expect(line -> line.equals("login waiting"), 10_000);
            keeper.send("cancel");
            keeper.expect(line -> line.equals("cancel sent"), 10_000);
            keeper.expect(line -> line.equals("login done cancelled"), 10_000);
            assertFalse(Files.exists(home.resolve("credentials")), "a cancelled login stores nothing");

            keeper.send("login --headless");
            keeper.expectStart("login code ", 10_000);
            keeper.expect(line -> line.equals("login done logged-in " + sandbox.config().user().email()), 20_000);
            keeper.send("status");
            keeper.expect(line -> line.equals("status expired " + sandbox.config().user().email())
                    || line.equals("status signed-in " + sandbox.config().user().email()), 10_000);
            keeper.send("logout");
            keeper.expect(line -> line.equals("logout logged-out"), 10_000);
            keeper.send("status");
            keeper.expect(line -> line.equals("status signed-out"), 10_000);
            keeper.send("cancel");
            keeper.expect(line -> line.equals("cancel nothing"), 10_000);
            keeper.send("fly");
            keeper.expect(line -> line.equals("error unknown-command fly"), 10_000);
            assertTrue(keeper.seen().stream().noneMatch(line -> line.contains(sandbox.baseUrl() + "/oauth/token")));
            assertNoSandboxSecretIn(keeper.seen());
        }
    }

    /** SPEC §6: every token, code and device code the sandbox issues starts with {@code sbx_}. */
    private static void assertNoSandboxSecretIn(List<String> lines) {
        assertTrue(lines.stream().noneMatch(line -> line.contains("sbx_")), () -> "a secret in the keeper's output: " + lines.size() + " lines");
    }

    private SpecKittyAuth client(Browser browser) {
        return SpecKittyAuth.builder()
                .environment(Map.of("SPEC_KITTY_SAAS_URL", sandbox.baseUrl()))
                .home(home)
                .browser(browser)
                .build();
    }

    private static String field(String line, String name) {
        for (String word : line.split(" ")) {
            if (word.startsWith(name + "=")) {
                return word.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in: " + line);
    }

    /** The keeper's fingerprint of a token: the first 12 hex digits of its SHA-256. */
    private static String fingerprint(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)), 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser that opens nothing, so a browser login waits until it is cancelled. */
    private static final class NoBrowser implements Browser {
        @Override
        public Optional<Unavailable> whyUnavailable() {
            return Optional.empty();
        }

        @Override
        public boolean open(String url) {
            return true;
        }
    }
}
