package ai.speckitty.auth.adapters.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM running {@link StoreChild} on the classpath surefire gave this JVM (module path
 * plus class path), so locks and crashes are tested across processes, not threads.
 */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::pump, "child-" + process.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code StoreChild <args>}. */
    static ChildJvm start(String... args) throws IOException {
        return launch(List.of(), args);
    }

    /** Starts {@code StoreChild <args>} under the given umask (through {@code /bin/sh}). */
    static ChildJvm startWithUmask(String umask, String... args) throws IOException {
        return launch(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""), args);
    }

    private static ChildJvm launch(List<String> prefix, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // A tiny, quick-starting JVM: the crash test starts a hundred of them.
        command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-cp", classPath(), StoreChild.class.getName()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile("store-child-", ".err");
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .start();
        return new ChildJvm(process, stderr);
    }

    /** Surefire runs the main classes from the module path and tests from the class path; a child needs both. */
    private static String classPath() {
        String modulePath = System.getProperty("jdk.module.path", "");
        String classPath = System.getProperty("java.class.path", "");
        return modulePath.isEmpty() ? classPath : modulePath + java.io.File.pathSeparator + classPath;
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the next line starting with {@code prefix}; fails with the child's stderr when it does not come. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null || line.equals(EOF)) {
                throw new AssertionError("child " + pid() + " did not print '" + prefix + "' (saw " + seen + ")" + stderrText());
            }
            synchronized (seen) {
                seen.add(line);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** True when a line with this prefix is waiting to be read (without waiting). */
    boolean hasPrinted(String prefix) {
        return lines.stream().anyMatch(l -> l.startsWith(prefix));
    }

    void send(String line) throws IOException {
        Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        in.write(line + "\n");
        in.flush();
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks, no release. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child " + pid() + " did not exit" + stderrText());
        }
        return process.exitValue();
    }

    String stderrText() {
        try {
            String text = Files.readString(stderr);
            return text.isEmpty() ? "" : "\n--- child stderr:\n" + text;
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.deleteIfExists(stderr);
    }

    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // the child is gone
        } finally {
            lines.add(EOF);
        }
    }
}
