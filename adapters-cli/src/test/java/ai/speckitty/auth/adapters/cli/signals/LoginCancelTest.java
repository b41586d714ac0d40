package ai.speckitty.auth.adapters.cli.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
            ProcessBuilder pb = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-p", System.getProperty("jdk.module.path"),
                    "-m", "ai.speckitty.auth.adapters.cli/ai.speckitty.auth.adapters.cli.Main",
                    "auth", "login", "--headless"));
            pb.environment().put("SPEC_KITTY_HOME", home.toString());
            pb.environment().put("SPEC_KITTY_SAAS_URL", sandbox.baseUrl());
            Process login = pb.start();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(login));
            BufferedReader stdout = new BufferedReader(new InputStreamReader(login.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean codeShown = false;
            while (!codeShown && (line = stdout.readLine()) != null) {
                codeShown = line.startsWith("Code: ");
            }
            assertTrue(codeShown, "the device code was shown before the interrupt");

            new ProcessBuilder("kill", "-INT", Long.toString(login.pid())).start().waitFor();

            assertTrue(login.waitFor(30, TimeUnit.SECONDS), "the login ended after SIGINT");
            assertEquals(130, login.exitValue());
            assertTrue(stderr.get(30, TimeUnit.SECONDS).contains("Login cancelled by user."), stderr.get());
            assertFalse(Files.exists(home.resolve("credentials")), "nothing was stored");
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(stderr unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }
}
