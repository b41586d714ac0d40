package ai.speckitty.auth.adapters.cli.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §4.6: Ctrl-C while a login waits prints "Login cancelled by user." and exits 130, storing nothing. */
class LoginCancelTest {
    @TempDir
    Path tmp;

    @Test
    void sigintWhileWaitingForApprovalCancelsWithExit130() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().deviceMode(DeviceMode.PENDING_FOREVER).build())) {
            Path home = tmp.resolve("home");
            CliChild login = CliChild.start(tmp.resolve("child"),
                    Map.of("SPEC_KITTY_HOME", home.toString(), "SPEC_KITTY_SAAS_URL", sandbox.baseUrl()),
                    "auth", "login", "--headless");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!login.stdout().contains("Code: ") && login.alive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(login.stdout().contains("Code: "), "the device code was shown before the interrupt");

            login.signal("INT");

            assertTrue(login.awaitExit(Duration.ofSeconds(30)), "the login ended after SIGINT");
            assertEquals(130, login.exitCode());
            assertTrue(login.stderr().contains("Login cancelled by user."), login.stderr());
            assertFalse(Files.exists(home.resolve("credentials")), "nothing was stored");
        }
    }
}
