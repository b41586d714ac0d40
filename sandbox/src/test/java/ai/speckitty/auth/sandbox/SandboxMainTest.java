package ai.speckitty.auth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMainTest {

    @TempDir
    Path temp;

    @Test
    void no_arguments_run_the_defaults_on_a_free_port() {
        SandboxMain.Command.Run run = assertInstanceOf(SandboxMain.Command.Run.class, SandboxMain.parse());
        assertEquals(0, run.config().port());
        assertEquals(Duration.ofSeconds(1), run.config().deviceInterval());
        assertEquals(Duration.ofSeconds(2), run.config().replayGraceWindow());
        assertNull(run.portFile());
    }

    @Test
    void the_documented_options_are_parsed() {
        SandboxMain.Command.Run run = assertInstanceOf(SandboxMain.Command.Run.class, SandboxMain.parse(
                "--port", "18080", "--interval", "0", "--access-ttl", "1", "--grace", "0.5",
                "--port-file", "p.txt", "--device-mode=slow-down", "--refresh-ttl", "none", "--no-teams",
                "--date-skew", "-90", "--sync-mode", "legacy", "--email", "eve@example.com", "--verbose"));
        SandboxConfig config = run.config();
        assertEquals(18080, config.port());
        assertEquals(Duration.ZERO, config.deviceInterval());
        assertEquals(Duration.ofSeconds(1), config.accessTokenTtl());
        assertEquals(Duration.ofMillis(500), config.replayGraceWindow());
        assertEquals(Path.of("p.txt"), run.portFile());
        assertEquals(DeviceMode.SLOW_DOWN, config.deviceMode());
        assertNull(config.refreshTokenTtl());
        assertEquals(Duration.ofSeconds(-90), config.dateSkew());
        assertEquals(SyncMode.LEGACY, config.syncMode());
        assertEquals("eve@example.com", config.user().email());
        assertTrue(config.user().teams().isEmpty());
        assertTrue(run.verbose());
    }

    @Test
    void bad_arguments_are_explained() {
        assertEquals("unknown option --colour", invalid("--colour", "red"));
        assertEquals("--port needs a value", invalid("--port"));
        assertTrue(invalid("--port", "x").startsWith("bad value for --port"));
        assertTrue(invalid("--grace", "-1").startsWith("bad value for --grace"));
        assertTrue(invalid("--device-mode", "maybe").contains("approve, deny, expire, slow-down, pending-forever"));
        assertEquals("unexpected argument 8080", invalid("8080"));
        assertInstanceOf(SandboxMain.Command.Help.class, SandboxMain.parse("--interval", "0", "--help"));
    }

    @Test
    void launch_writes_the_port_file_then_prints_the_listening_line() throws Exception {
        Path portFile = temp.resolve("port");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxMain.Command.Run run = (SandboxMain.Command.Run) SandboxMain.parse("--port-file", portFile.toString());
        try (Sandbox sandbox = SandboxMain.launch(run, new PrintStream(out, true, StandardCharsets.UTF_8), System.err)) {
            assertEquals("sandbox listening on http://127.0.0.1:" + sandbox.port() + "\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(sandbox.port() + "\n", Files.readString(portFile));
            assertEquals(200, TestHttp.get(sandbox.url("/")).status());
        }
    }

    @Test
    void the_main_class_runs_in_a_child_jvm_on_the_class_path() throws Exception {
        // WireMock runs on the class path only, so that is how the sandbox runs (module-info.java).
        assertChildServes(List.of("-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
    }

    private void assertChildServes(List<String> launch) throws Exception {
        Path portFile = temp.resolve("child.port");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(List.of("--port", "0", "--port-file", portFile.toString(), "--interval", "0"));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = stdout.readLine();
            assertTrue(line != null && line.matches("sandbox listening on http://127\\.0\\.0\\.1:[0-9]+"), String.valueOf(line));
            String port = Files.readString(portFile).trim();
            assertTrue(line.endsWith(":" + port));
            TestHttp.Answer device = TestHttp.postForm("http://127.0.0.1:" + port + Sandbox.DEVICE_PATH,
                    "client_id", "cli_native", "scope", "offline_access");
            assertEquals(0, device.json().get("interval").asInt());
        } finally {
            child.destroy();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
    }

    private static String invalid(String... args) {
        return assertInstanceOf(SandboxMain.Command.Invalid.class, SandboxMain.parse(args)).message();
    }
}
