package ai.speckitty.auth.keeper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.embedding.SpecKittyAuth;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Ordinary bad input and broken settings get an {@code error} or {@code failed} line, and the keeper keeps serving. */
@Timeout(120)
class KeeperInputTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path home;

    @BeforeEach
    void sandboxAndHome() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).build());
        home = Files.createDirectory(dir.resolve("home"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void numbersOutOfRangeOrNotNumbersAreErrorLines() throws Exception {
        try (KeeperSession keeper = new KeeperSession(client(Map.of()))) {
            answers(keeper, "token -1", "error out-of-range token 0..86400");
            answers(keeper, "token 9223372036854775807", "error out-of-range token 0..86400");
            answers(keeper, "token soon", "error not-a-number token");
            answers(keeper, "tokens 0", "error out-of-range tokens 1..256");
            answers(keeper, "tokens 100000", "error out-of-range tokens 1..256");
            answers(keeper, "status", "status signed-out");
        }
    }

    @Test
    void anUnusableCaBundleIsATokenAndLoginFailureLine() throws Exception {
        try (KeeperSession keeper = new KeeperSession(client(Map.of()))) {
            keeper.send("login --headless");
            keeper.expectStart("login done logged-in ", 20_000);
        }
        Map<String, String> badBundle = Map.of("SPEC_KITTY_CA_BUNDLE", dir.resolve("missing.pem").toString());
        try (KeeperSession keeper = new KeeperSession(client(badBundle))) {
            answers(keeper, "token 86400", "token failed http-setup-failed");
            keeper.send("login --headless --force");
            keeper.expect(line -> line.equals("login done http-setup-failed"), 20_000);
            answers(keeper, "doctor", "doctor findings=");
        }
    }

    @Test
    void aLockFileThatCannotBeUsedIsAFailureLine() throws Exception {
        try (KeeperSession keeper = new KeeperSession(client(Map.of()))) {
            keeper.send("login --headless");
            keeper.expectStart("login done logged-in ", 20_000);
            Files.delete(home.resolve("credentials.lock"));
            Files.createDirectory(home.resolve("credentials.lock"));
            answers(keeper, "token 86400", "token failed unavailable:store-failure");
            answers(keeper, "status", "status signed-in ");
        }
    }

    private static void answers(KeeperSession keeper, String command, String expectedStart) throws Exception {
        keeper.send(command);
        String subject = command.split(" ")[0];
        String line = keeper.expect(l -> l.startsWith(subject + " ") || l.startsWith("error "), 20_000);
        assertTrue(line.startsWith(expectedStart), command + " -> " + line);
    }

    private SpecKittyAuth client(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("SPEC_KITTY_SAAS_URL", sandbox.baseUrl());
        return SpecKittyAuth.builder().environment(env).home(home).browser(new NoBrowser()).build();
    }

    /** No browser here, so a login takes the device flow. */
    private static final class NoBrowser implements Browser {
        @Override
        public Optional<Unavailable> whyUnavailable() {
            return Optional.of(Unavailable.NO_DISPLAY);
        }

        @Override
        public boolean open(String url) {
            return false;
        }
    }
}
