package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL at random moments never leaves a torn credentials file: after each
 * kill the file is exactly one of the two complete sessions the child alternates between.
 */
class CrashSafetyTest {
    private static final int KILLS = 100;
    private static final int SPARES = 2;
    private static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @Test
    void killingAWriterAtRandomMomentsNeverTearsTheCredentials() throws Exception {
        List<SessionRead> allowed = List.of(
                new SessionRead.Present(TestSessions.session("crash-a")),
                new SessionRead.Present(TestSessions.session("crash-b")));
        TomlSessionStore store = new TomlSessionStore(home, Clock.systemUTC(), "test");
        Random random = new Random(20261123L);
        int killedMidWrite = 0;
        long started = System.nanoTime();
        // Spare children start while the current one runs: JVM start-up, not the kills, is the cost.
        Deque<ChildJvm> spares = new ArrayDeque<>();
        try {
            for (int i = 0; i < SPARES; i++) {
                spares.add(ChildJvm.start("rewrite", home.toString()));
            }
            for (int kill = 1; kill <= KILLS; kill++) {
                killedMidWrite += killOne(spares, random, allowed, store, kill);
            }
        } finally {
            for (ChildJvm spare : spares) {
                spare.close();
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("crash safety: %d kills in %d ms, %d of them mid-write (temp file left)%n",
                KILLS, millis, killedMidWrite);
    }

    private int killOne(Deque<ChildJvm> spares, Random random, List<SessionRead> allowed, TomlSessionStore store, int kill)
            throws Exception {
        try (ChildJvm writer = spares.poll()) {
            spares.add(ChildJvm.start("rewrite", home.toString()));
            writer.awaitLine("WARM", START);
            writer.send("go");
            writer.awaitLine("READY", START);
            Thread.sleep(random.nextInt(15));
            writer.kill();
        }
        SessionRead read = store.read();
        if (!allowed.contains(read)) {
            fail("after kill " + kill + " the credentials are " + read);
        }
        List<Path> leftovers = tempFiles();
        // The next writer removes a dead writer's temp file under the lock, so at most one remains.
        assertTrue(leftovers.size() <= 1, "temp files pile up: " + leftovers);
        return leftovers.size();
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(p -> p.getFileName().toString().startsWith(StoreLayout.TEMP_PREFIX)).toList();
        }
    }
}
