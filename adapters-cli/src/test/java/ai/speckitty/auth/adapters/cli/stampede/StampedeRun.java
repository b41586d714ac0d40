package ai.speckitty.auth.adapters.cli.stampede;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts N child JVMs that each run one {@code spec-kitty} command line through the real CLI
 * {@code Main} on the real module path (the product modules surefire gave this JVM, without the
 * test classes patched in), holds them at a start barrier until all have booted, releases them at
 * once, and collects what each printed and its exit code.
 */
final class StampedeRun {
    static final String READY = "READY";

    private static final String CLI_MODULE = "ai.speckitty.auth.adapters.cli";
    private static final String CLI_PACKAGE = "ai.speckitty.auth.adapters.cli";

    /** What one child did; {@code stdout} is what the CLI printed (the barrier's READY line removed). */
    record Outcome(long pid, int exit, String stdout, String stderr) {
    }

    /** All outcomes in start order, and how long the race took (go file to last exit), for information only. */
    record Result(List<Outcome> outcomes, Duration raceTime) {
    }

    private final Path work;
    private final Duration timeout;

    /** {@code work} holds the go file and each child's output; {@code timeout} bounds every wait. */
    StampedeRun(Path work, Duration timeout) {
        this.work = work;
        this.timeout = timeout;
    }

    /** Runs {@code children} copies of {@code spec-kitty <args>} with only {@code SPEC_KITTY_HOME=home} set. */
    Result run(int children, Path home, String... args) throws IOException, InterruptedException {
        Path go = work.resolve("go");
        List<Process> processes = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        try {
            for (int i = 0; i < children; i++) {
                Path out = work.resolve("child-" + i + ".out");
                Path err = work.resolve("child-" + i + ".err");
                ProcessBuilder builder = new ProcessBuilder(command(go, args))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                // A clean environment: no proxy, server or home setting of the machine leaks in.
                builder.environment().clear();
                builder.environment().put("SPEC_KITTY_HOME", home.toString());
                processes.add(builder.start());
                outs.add(out);
                errs.add(err);
            }
            awaitAllReady(processes, outs, errs);
            long start = System.nanoTime();
            Files.createFile(go);
            for (int i = 0; i < processes.size(); i++) {
                if (!processes.get(i).waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("child " + i + " did not exit within " + timeout + stderrOf(errs.get(i)));
                }
            }
            Duration raceTime = Duration.ofNanos(System.nanoTime() - start);
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                String stdout = Files.readString(outs.get(i), StandardCharsets.UTF_8);
                String prefix = READY + System.lineSeparator();
                if (!stdout.startsWith(prefix)) {
                    throw new AssertionError("child " + i + " printed no READY line first" + stderrOf(errs.get(i)));
                }
                outcomes.add(new Outcome(processes.get(i).pid(), processes.get(i).exitValue(),
                        stdout.substring(prefix.length()), Files.readString(errs.get(i), StandardCharsets.UTF_8)));
            }
            return new Result(List.copyOf(outcomes), raceTime);
        } finally {
            for (Process process : processes) {
                process.destroyForcibly();
            }
        }
    }

    /** Every child has printed READY (so it is booted and polling for the go file). */
    private void awaitAllReady(List<Process> processes, List<Path> outs, List<Path> errs)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < processes.size(); i++) {
            while (!Files.readString(outs.get(i), StandardCharsets.UTF_8).startsWith(READY)) {
                if (!processes.get(i).isAlive()) {
                    throw new AssertionError("child " + i + " died before the start barrier (exit "
                            + processes.get(i).exitValue() + ")" + stderrOf(errs.get(i)));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("child " + i + " did not boot within " + timeout + stderrOf(errs.get(i)));
                }
                Thread.sleep(10);
            }
        }
    }

    /**
     * {@code java -p <product modules> --add-modules <cli> -cp <test classes> BarrierChild <go> <args>}:
     * the product runs as named modules with only their own {@code opens}; the one export lets the
     * class-path barrier call {@code Main.main}.
     */
    private static List<String> command(Path go, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-p", productModulePath(),
                "--add-modules", CLI_MODULE,
                "--add-exports", CLI_MODULE + "/" + CLI_PACKAGE + "=ALL-UNNAMED",
                "-cp", testClasses().toString(),
                BarrierChild.class.getName(), go.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Surefire's module path: this module's target/classes and its main (not test) dependencies. */
    private static String productModulePath() {
        String modulePath = System.getProperty("jdk.module.path", "");
        if (modulePath.isEmpty()) {
            throw new IllegalStateException("no module path: this test needs surefire's module mode");
        }
        return modulePath;
    }

    private static Path testClasses() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path classes = base.resolve(Path.of("target", "test-classes")).toAbsolutePath();
        Path barrier = classes.resolve(BarrierChild.class.getName().replace('.', File.separatorChar) + ".class");
        if (!Files.isRegularFile(barrier)) {
            throw new IllegalStateException("BarrierChild is not compiled under " + classes);
        }
        return classes;
    }

    private static String stderrOf(Path err) {
        try {
            String text = Files.readString(err, StandardCharsets.UTF_8);
            return text.isEmpty() ? "" : "\n--- child stderr:\n" + text;
        } catch (IOException e) {
            return "";
        }
    }
}
