package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offline commands must not load the HTTP stack (Feign, Jackson) nor the credentials writer: runs the CLI in a child JVM on
 * the real module path (no surefire patching or opens) with class-load logging, and checks which classes were loaded.
 */
class OfflineClassLoadingTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
            "auth status, 0, Authenticated as ada@example.com",
            "auth status --json, 0, \"authenticated\": true",
            "auth token, 0, access-01JX",
            "auth doctor, 0, Run `spec-kitty auth doctor --server`",
            "auth doctor --json, 0, \"findings\": []",
            "sync status --json, 0, \"checked\": false"})
    void offlineCommandsLoadNoFeignAndNoJackson(String command, int exit, String expectedOutput)
            throws IOException, InterruptedException {
        Home home = Home.created(tmp).fresh();
        Path classLog = tmp.resolve("classes.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog,
                "-p", System.getProperty("jdk.module.path"),
                "-m", "ai.speckitty.auth.adapters.cli/ai.speckitty.auth.adapters.cli.Main"));
        cmd.addAll(List.of(command.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("SPEC_KITTY_SAAS_URL");
        pb.environment().put("SPEC_KITTY_HOME", home.root().toString());
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(exit, process.exitValue(), output);
        assertTrue(output.contains(expectedOutput), output);

        List<String> loaded = Files.readAllLines(classLog);
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" picocli.CommandLine ")), "the log works: picocli loaded");
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" org.tomlj.")), "the log works: the TOML store loaded");
        List<String> http = loaded.stream()
                .filter(l -> l.contains(" feign.") || l.contains(" com.fasterxml.") || l.contains(" ai.speckitty.auth.adapters.http."))
                .toList();
        assertEquals(List.of(), http, "no HTTP stack class may load for " + command);
        // Only writing (refresh, login) needs tomlj's serializer; the parsed tables are mutable ones anyway.
        List<String> writer = loaded.stream()
                .filter(l -> l.contains(" org.tomlj.Serializer ") || l.contains(" org.tomlj.TomlWriteOptions ")
                        || l.contains(" ai.speckitty.auth.adapters.store.SessionTomlWriter "))
                .toList();
        assertEquals(List.of(), writer, "no credentials writer class may load for " + command);
    }
}
