package ai.speckitty.auth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.TestHttp.Answer;
import ai.speckitty.auth.sandbox.server.WireMockHost;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-JVM pool of servers behind {@code Sandbox.start()} on port 0: a sandbox that reuses a
 * closed one's server carries nothing of it, its port is new and the old one refuses connections,
 * open sandboxes never share a server, an answer still running at close reaches no one, and idle
 * servers do not keep a JVM alive.
 * Each test first checks the server really was reused (tests run one class at a time in this JVM).
 */
@Timeout(60)
class ServerPoolTest {

    private static final Duration NEAR = Duration.ofMinutes(1);

    @Test
    void faultsOfTheClosedSandboxAreGone() throws IOException {
        try (Sandbox next = reusedAfter(s -> s.injectFaultAlways(Sandbox.ME_PATH, Fault.status(503)))) {
            assertEquals(401, TestHttp.get(next.url(Sandbox.ME_PATH)).status(), "no token: the model answers, not the fault");
        }
    }

    @Test
    void theJournalAndItsSequenceStartAfresh() throws IOException {
        try (Sandbox next = reusedAfter(s -> TestHttp.unchecked(() -> TestHttp.get(s.url(Sandbox.ME_PATH))))) {
            assertEquals(0, next.journal().size());
            TestHttp.get(next.url(Sandbox.ME_PATH));
            assertEquals(1, next.journal().size());
            assertEquals(1, next.journal().requests().get(0).sequence());
        }
    }

    @Test
    void sessionsOfTheClosedSandboxAreUnknown() throws IOException {
        IssuedSession[] old = new IssuedSession[1];
        try (Sandbox next = reusedAfter(s -> old[0] = s.issueSession())) {
            assertEquals(0, next.sessions().size());
            assertTrue(next.sessionOfToken(old[0].refreshToken()).isEmpty());
            assertEquals(401, TestHttp.getBearer(next.url(Sandbox.ME_PATH), old[0].accessToken()).status());
        }
    }

    @Test
    void configurationFromTheApiAndFromTheAdminEndpointIsTheDefault() {
        try (Sandbox next = reusedAfter(s -> {
            s.setDeviceMode(DeviceMode.DENY);
            TestHttp.unchecked(() -> TestHttp.postForm(s.url("/__sandbox/config"), "sync_mode", "legacy", "no_teams", "true"));
            assertTrue(s.config().toString().contains("LEGACY"), s.config().toString());
        })) {
            assertEquals(SandboxConfig.defaults().toString(), next.config().toString());
        }
    }

    @Test
    void theClockAndTheDateSkewAreTheWallClockAgain() throws IOException {
        try (Sandbox next = reusedAfter(s -> {
            s.advanceClock(Duration.ofDays(3));
            s.setDateSkew(Duration.ofHours(5));
        })) {
            assertNear(next.now());
            assertNear(dateHeader(TestHttp.get(next.url(Sandbox.ME_PATH))));
        }
    }

    @Test
    void stubsAndSettingsAddedThroughWireMocksAdminApiAreGone() throws IOException {
        try (Sandbox next = reusedAfter(s -> TestHttp.unchecked(() -> {
            TestHttp.send("POST", s.url("/__admin/mappings"), Map.of(), "application/json",
                    "{\"request\":{\"method\":\"GET\",\"url\":\"/api/v1/me\"},\"response\":{\"status\":299}}".getBytes(), Duration.ofSeconds(5));
            TestHttp.send("POST", s.url("/__admin/settings"), Map.of(), "application/json",
                    "{\"fixedDelay\":4000}".getBytes(), Duration.ofSeconds(5));
            assertTrue(TestHttp.get(s.url("/__admin/settings")).body().contains("4000"), "the setting took");
            return TestHttp.get(s.url("/__admin/mappings"));
        }))) {
            Answer me = TestHttp.send("GET", next.url(Sandbox.ME_PATH), Map.of(), null, null, Duration.ofSeconds(2));
            assertEquals(401, me.status(), "the sandbox answers, not the stub, and without the 4 s delay");
            assertFalse(TestHttp.get(next.url("/__admin/settings")).body().contains("4000"));
            assertEquals(1, TestHttp.get(next.url("/__admin/mappings")).json().path("mappings").size(), "only the catch-all");
        }
    }

    @Test
    void theClosedSandboxsPortRefusesConnectionsAndTheNextGetsANewOne() {
        Sandbox first = Sandbox.start();
        int oldPort = first.port();
        WireMockHost server = first.server();
        first.close();
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), oldPort).close());
        try (Sandbox next = Sandbox.start()) {
            assertSame(server, next.server(), "the server was reused");
            assertNotEquals(oldPort, next.port());
            assertEquals("http://127.0.0.1:" + next.port(), next.baseUrl());
            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), oldPort).close());
        }
    }

    @Test
    void sandboxesOpenAtTheSameTimeHaveServersOfTheirOwn() throws IOException {
        try (Sandbox a = Sandbox.start(); Sandbox b = Sandbox.start()) {
            assertNotSame(a.server(), b.server());
            assertNotEquals(a.port(), b.port());
            TestHttp.get(a.url(Sandbox.ME_PATH));
            assertEquals(1, a.journal().size());
            assertEquals(0, b.journal().size());
        }
        try (Sandbox c = Sandbox.start(); Sandbox d = Sandbox.start()) {
            assertNotSame(c.server(), d.server(), "two idle servers are not handed out twice");
        }
    }

    @Test
    void aSlowAnswerInFlightAtCloseReachesNeitherItsClientNorTheNextSandbox() throws Exception {
        Sandbox first = Sandbox.start();
        WireMockHost server = first.server();
        first.injectFault(Sandbox.ME_PATH, Fault.slow(Duration.ofSeconds(3)));
        CompletableFuture<Answer> pending = CompletableFuture.supplyAsync(
                () -> TestHttp.unchecked(() -> TestHttp.get(first.url(Sandbox.ME_PATH))));
        assertTrue(first.journal().awaitRequests("GET", Sandbox.ME_PATH, 1, Duration.ofSeconds(10)), "the request arrived");

        long closing = System.nanoTime();
        first.close();
        assertTrue(System.nanoTime() - closing < Duration.ofSeconds(1).toNanos(), "close does not wait for the delay");
        try (Sandbox next = Sandbox.start()) {
            assertSame(server, next.server(), "the server was reused once its answer ended");
            CompletionException lost = assertThrows(CompletionException.class, pending::join);
            assertTrue(lost.getCause() instanceof java.io.UncheckedIOException, String.valueOf(lost.getCause()));
            Thread.sleep(3_500);
            assertEquals(0, next.journal().size());
            long asking = System.nanoTime();
            assertEquals(401, TestHttp.get(next.url(Sandbox.ME_PATH)).status());
            assertTrue(System.nanoTime() - asking < Duration.ofSeconds(2).toNanos(), "no delay carried over");
        }
    }

    @Test
    void aTrickleInFlightAtCloseIsCutOffAndTheNextSandboxIsUntouched() throws Exception {
        Sandbox first = Sandbox.start();
        // A session, so the trickled answer is a 200 with a body of some hundred bytes.
        IssuedSession session = first.issueSession();
        first.injectFault(Sandbox.ME_PATH, Fault.trickle(Duration.ofMillis(200)));
        WireMockHost server = first.server();
        CompletableFuture<Answer> pending = CompletableFuture.supplyAsync(
                () -> TestHttp.unchecked(() -> TestHttp.getBearer(first.url(Sandbox.ME_PATH), session.accessToken())));
        assertTrue(first.journal().awaitRequests("GET", Sandbox.ME_PATH, 1, Duration.ofSeconds(10)));
        first.close();
        first.close();
        try (Sandbox next = Sandbox.start(); Sandbox other = Sandbox.start()) {
            assertSame(server, next.server(), "the server was reused once its answer ended");
            assertNotSame(server, other.server(), "a second close gave nothing back twice");
            assertThrows(CompletionException.class, pending::join, "the body was cut off, not completed");
            assertEquals(0, next.journal().size());
        }
    }

    @Test
    void aSandboxOnAFixedPortAndOneStartedAsTheCommandLineHaveServersOfTheirOwn() throws Exception {
        int fixedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            fixedPort = probe.getLocalPort();
        }
        Sandbox fixed = Sandbox.start(SandboxConfig.builder().port(fixedPort).build());
        WireMockHost fixedServer = fixed.server();
        fixed.close();
        Sandbox commandLine = Sandbox.startOnOwnServer(SandboxConfig.defaults(), line -> { });
        WireMockHost commandLineServer = commandLine.server();
        commandLine.close();
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), fixedPort).close());
        try (Sandbox a = Sandbox.start(); Sandbox b = Sandbox.start(); Sandbox c = Sandbox.start()) {
            for (Sandbox pooled : new Sandbox[] {a, b, c}) {
                assertNotSame(fixedServer, pooled.server());
                assertNotSame(commandLineServer, pooled.server());
            }
        }
    }

    @Test
    void idleServersDoNotKeepAJvmAlive(@TempDir Path dir) throws Exception {
        String classPath = Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator
                + System.getProperty("java.class.path");
        Path output = dir.resolve("probe.out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, IdlePoolExitProbe.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = child.waitFor(30, TimeUnit.SECONDS);
        child.destroyForcibly().waitFor();
        String out = Files.readString(output);
        assertTrue(out.contains("closed"), out);
        assertTrue(ended, "the JVM ended once main returned, with two idle servers in its pool");
        assertEquals(0, child.exitValue(), out);
    }

    /** Runs {@code dirty} on a sandbox, closes it, and starts the next, which must reuse its server. */
    private static Sandbox reusedAfter(Consumer<Sandbox> dirty) {
        WireMockHost server;
        try (Sandbox first = Sandbox.start()) {
            dirty.accept(first);
            server = first.server();
        }
        Sandbox next = Sandbox.start();
        assertSame(server, next.server(), "the closed sandbox's server was reused");
        return next;
    }

    private static Instant dateHeader(Answer answer) {
        return ZonedDateTime.parse(answer.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static void assertNear(Instant instant) {
        assertTrue(Duration.between(Instant.now(), instant).abs().compareTo(NEAR) < 0, instant + " is not now");
    }
}
