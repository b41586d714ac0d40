package ai.speckitty.auth.keeper;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real {@code spec-kitty} CLI process (its own JVM, the product modules on its module path) on a
 * given home, as a person in a terminal would run it next to the keeper.
 */
final class CliProcess {
    private static final String CLI = "ai.speckitty.auth.adapters.cli/ai.speckitty.auth.adapters.cli.Main";

    private final Process process;

    private CliProcess(Process process) {
        this.process = process;
    }

    /** Starts {@code spec-kitty <args>} with only these settings in its environment. */
    static CliProcess start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-p", modulePath(), "-m", CLI));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(env);
        return new CliProcess(builder.start());
    }

    /** Waits for the exit; the process's stdout, stderr and exit code. */
    Result finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not exit within 60 s");
        }
        return new Result(process.exitValue(), out, err);
    }

    /** Runs one command line to its end. */
    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return start(env, args).finish();
    }

    record Result(int exit, String out, String err) {
        Result requireSuccess() {
            if (exit != 0) {
                throw new AssertionError("the CLI exited " + exit + ":\n" + err);
            }
            return this;
        }
    }

    /**
     * The product modules: surefire's module path (this front end and what it requires) and, from
     * the test class path, the CLI module and picocli, which the keeper itself never requires.
     */
    private static String modulePath() {
        Stream<String> modules = entries("jdk.module.path");
        Stream<String> cli = entries("java.class.path")
                .filter(entry -> entry.contains("adapters-cli") || entry.contains("picocli"));
        return Stream.concat(modules, cli).collect(Collectors.joining(File.pathSeparator));
    }

    private static Stream<String> entries(String property) {
        return Arrays.stream(System.getProperty(property, "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty() && !Path.of(entry).endsWith(Path.of("test-classes")));
    }
}
