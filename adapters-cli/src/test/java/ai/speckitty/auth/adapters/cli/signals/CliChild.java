package ai.speckitty.auth.adapters.cli.signals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code spec-kitty} command line in a child JVM on the product's module path, with only the
 * given environment, its output in files, and signals sent to it by {@code kill}.
 *
 * <p>The child starts through {@code perl -e '$SIG{INT}=...="DEFAULT"; exec @ARGV'}: a process
 * started from a background job of a non-interactive shell inherits SIGINT as ignored, the JVM
 * then installs no SIGINT handler and a Ctrl-C would be ignored; a shell cannot un-ignore it, perl
 * can, and exec keeps the pid.
 */
final class CliChild {
    private static final String MAIN = "ai.speckitty.auth.adapters.cli/ai.speckitty.auth.adapters.cli.Main";

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private CliChild(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code spec-kitty <args>} with {@code env} (and PATH) as its whole environment; output under {@code work}. */
    static CliChild start(Path work, Map<String, String> env, String... args) throws IOException {
        Files.createDirectories(work);
        List<String> command = new ArrayList<>(List.of(
                "perl", "-e", "$SIG{INT} = $SIG{TERM} = 'DEFAULT'; exec @ARGV or die \"exec: $!\\n\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-p", System.getProperty("jdk.module.path"),
                "-m", MAIN));
        command.addAll(List.of(args));
        Path out = work.resolve("stdout");
        Path err = work.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(env);
        return new CliChild(builder.start(), out, err);
    }

    /** Sends {@code signal} (e.g. {@code INT}, {@code TERM}) to the child. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid())).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -s " + signal + " " + process.pid() + " failed");
        }
    }

    /** Waits up to {@code timeout}; false (and the child killed) when it was still running. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return false;
    }

    boolean alive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }
}
