package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;

/** The other process in cross-process tests; prints one line per step so the test can follow. */
public final class StoreChild {

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[1]);
        TomlSessionStore store = new TomlSessionStore(root, Clock.systemUTC(), "child-test");
        switch (args[0]) {
            case "hold" -> hold(store, args[2]);
            case "wait" -> waitForLock(store, Path.of(args[2]));
            case "probe" -> System.out.println(store.lock(Duration.ZERO).map(tx -> {
                tx.close();
                return "FREE";
            }).orElse("BUSY"));
            case "rewrite" -> rewriteForever(store);
            case "write" -> writeOnce(root, args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Takes the lock, writes, says so, and releases after a line on stdin (or never, if killed first). */
    private static void hold(TomlSessionStore store, String label) throws Exception {
        try (SessionTransaction tx = store.lock(Duration.ofSeconds(30)).orElseThrow()) {
            tx.write(TestSessions.session(label));
            System.out.println("LOCKED " + ProcessHandle.current().pid());
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            tx.write(TestSessions.session(label + "-final"));
            System.out.println("RELEASING");
        }
        System.out.println("RELEASED");
    }

    /** Announces itself, waits for the lock, logs the moment and what it read. */
    private static void waitForLock(TomlSessionStore store, Path log) throws Exception {
        System.out.println("WAITING");
        try (SessionTransaction tx = store.lock(Duration.ofSeconds(60)).orElseThrow()) {
            SessionRead read = tx.read();
            Files.writeString(log, "waiter acquired\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            String id = read instanceof SessionRead.Present p ? p.session().info().id().orElse("?") : "none";
            System.out.println("ACQUIRED " + id);
        }
    }

    /**
     * Warms up (so a spare child can wait, already started, for its turn), then on a line from stdin
     * replaces the session with one of two complete sessions, alternately, until killed.
     */
    private static void rewriteForever(TomlSessionStore store) throws Exception {
        // Loads the write path only; reading would load tomlj, which a writer never needs.
        SessionTomlWriter.write(TestSessions.session("crash-a"));
        System.out.println("WARM");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        boolean ready = false;
        for (long n = 0; ; n++) {
            try (SessionTransaction tx = store.lock(Duration.ofSeconds(30)).orElseThrow()) {
                tx.write(TestSessions.session(n % 2 == 0 ? "crash-a" : "crash-b"));
            }
            if (!ready) {
                System.out.println("READY");
                ready = true;
            }
        }
    }

    /** One write through the store and one plain file, to compare modes under the caller's umask. */
    private static void writeOnce(Path root, String control) throws Exception {
        Files.createFile(Path.of(control));
        AtomicFile.replace(Path.of(control + ".atomic"), new byte[] {1},
                temp -> System.out.println("TEMPMODE " + mode(temp)));
        TomlSessionStore store = new TomlSessionStore(root, Clock.systemUTC(), "child-test");
        try (SessionTransaction tx = store.lock(Duration.ofSeconds(30)).orElseThrow()) {
            tx.write(TestSessions.session("umask"));
        }
        System.out.println("WRITTEN");
    }

    private static String mode(Path path) {
        try {
            return PosixModes.modeOf(path).orElse("none");
        } catch (java.io.IOException e) {
            return "error";
        }
    }
}
