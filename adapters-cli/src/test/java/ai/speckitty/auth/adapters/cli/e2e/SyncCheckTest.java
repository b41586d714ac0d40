package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SyncMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the SPEC §4.9 table for {@code sync status --check}, as text and as {@code --json}, against the sandbox. */
class SyncCheckTest extends SandboxTestBase {
    static final String LOGIN = "Run `spec-kitty auth login` to sign in.";
    static final String RELOGIN = "Run `spec-kitty auth login` to sign in again.";
    static final String OPT_IN = "Set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to opt in.";
    static final String CONNECTED = "The server is reachable and accepts your session.";
    static final String KEPT = "Your session was kept.";
    static final String QUEUED = "Events stay queued for a later sync.";
    static final String HEALTH = "GET /api/v1/sync/health/";
    static final String BATCH = "POST /api/v1/events/batch/";
    static final String REFRESH = "POST /oauth/token";

    /**
     * One row: {@code setup} prepares the sandbox and the home and returns the server_url expected
     * in the answer (null for none); {@code enable} is the value of SPEC_KITTY_ENABLE_SAAS_SYNC (null = unset);
     * {@code note} holds the key phrases the note must contain (the golden suite pins the exact text).
     */
    record Row(String name, String enable, Function<SandboxHome, String> setup, String status, List<String> note,
            Integer httpStatus, int exit, List<String> calls) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, Function<SandboxHome, String> setup, String status, List<String> note, Integer http,
            int exit, String... calls) {
        return new Row(name, "1", setup, status, note, http, exit, List.of(calls));
    }

    private static Function<SandboxHome, String> fresh(java.util.function.Consumer<Sandbox> server) {
        return w -> {
            w.loggedIn();
            server.accept(w.sandbox);
            return w.sandbox.baseUrl();
        };
    }

    private static Function<SandboxHome, String> healthFault(Fault fault) {
        return fresh(s -> s.injectFault(Sandbox.SYNC_HEALTH_PATH, fault));
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("disabled (unset)", null, w -> { w.loggedIn(); return null; }, "Disabled",
                        List.of(OPT_IN), null, 0, List.of()),
                new Row("disabled (0)", "0", w -> { w.loggedIn(); return null; }, "Disabled",
                        List.of(OPT_IN), null, 0, List.of()),
                new Row("enabled by 'on'", "on", fresh(s -> { }), "Connected", List.of(CONNECTED), 200, 0, List.of(HEALTH)),
                row("not authenticated", w -> null, "Not authenticated", List.of("Not signed in.", LOGIN), null, 4),
                row("session expired: refresh rejected", w -> {
                    IssuedSession s = w.loggedIn(SandboxHome::accessExpired);
                    w.sandbox.revokeSession(s.sessionId());
                    return w.sandbox.baseUrl();
                }, "Session expired", List.of(RELOGIN), null, 4, REFRESH),
                row("session expired: refresh token expired", w -> {
                    w.loggedIn(SandboxHome::refreshExpired);
                    return w.sandbox.baseUrl();
                }, "Session expired", List.of("Your session has expired.", RELOGIN), null, 4),
                row("session expired: no refresh token left", w -> {
                    w.loggedIn(s -> SandboxHome.accessExpired(SandboxHome.withoutRefreshToken(s)));
                    return w.sandbox.baseUrl();
                }, "Session expired", List.of(RELOGIN), null, 4),
                row("error: refresh 503", w -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(503));
                    return w.sandbox.baseUrl();
                }, "Error", List.of("Could not renew the session: the server is temporarily unavailable (HTTP 503).",
                        KEPT), null, 1, REFRESH),
                row("error: refresh 429", w -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.throttled(3));
                    return w.sandbox.baseUrl();
                }, "Error", List.of("Could not renew the session: the server is busy (HTTP 429).", KEPT, "Try again in 3s."),
                        null, 1, REFRESH),
                row("error: refresh connection dropped", w -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    w.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropBeforeProcessing());
                    return w.sandbox.baseUrl();
                }, "Error", List.of("Could not renew the session: the connection to the server was lost.", KEPT),
                        null, 1, REFRESH),
                row("connected: health 200", fresh(s -> { }), "Connected", List.of(CONNECTED), 200, 0, HEALTH),
                row("connected after a refresh", w -> {
                    w.loggedIn(SandboxHome::accessExpired);
                    return w.sandbox.baseUrl();
                }, "Connected", List.of(CONNECTED), 200, 0, REFRESH, HEALTH),
                row("connected: legacy batch 400 No events provided", fresh(s -> s.setSyncMode(SyncMode.LEGACY)),
                        "Connected", List.of(CONNECTED), 400, 0, HEALTH, BATCH),
                row("connected: legacy batch 200", fresh(s -> s.setSyncMode(SyncMode.LEGACY_ACCEPTS_EMPTY_BATCH)),
                        "Connected", List.of(CONNECTED), 200, 0, HEALTH, BATCH),
                row("connected: health 405 then batch", healthFault(Fault.status(405)),
                        "Connected", List.of(CONNECTED), 400, 0, HEALTH, BATCH),
                row("authentication failed: probe 401", w -> {
                    IssuedSession s = w.loggedIn();
                    w.sandbox.revokeSession(s.sessionId());
                    return w.sandbox.baseUrl();
                }, "Authentication failed", List.of("The server no longer accepts your session.", RELOGIN), 401, 4, HEALTH),
                row("permission denied: 403", fresh(s -> s.setSyncMode(SyncMode.FORBIDDEN)),
                        "Permission denied", List.of("(HTTP 403)", "Check your team membership for this project."), 403, 1, HEALTH),
                row("server unavailable: 502", healthFault(Fault.status(502)), "Server unavailable",
                        unavailable(502), 502, 1, HEALTH),
                row("server unavailable: 503", healthFault(Fault.unavailable(2)), "Server unavailable",
                        unavailable(503), 503, 1, HEALTH),
                row("server unavailable: 504", healthFault(Fault.status(504)), "Server unavailable",
                        unavailable(504), 504, 1, HEALTH),
                row("unexpected: 418", healthFault(Fault.status(418)), "Unexpected", unexpected(418), 418, 1, HEALTH),
                row("unexpected: 500", healthFault(Fault.status(500)), "Unexpected", unexpected(500), 500, 1, HEALTH),
                row("unexpected: legacy batch 422", w -> {
                    w.loggedIn();
                    w.sandbox.setSyncMode(SyncMode.LEGACY);
                    w.sandbox.injectFault(Sandbox.EVENTS_BATCH_PATH, Fault.status(422, "{\"error\":\"bad\"}"));
                    return w.sandbox.baseUrl();
                }, "Unexpected", unexpected(422), 422, 1, HEALTH, BATCH),
                row("server unreachable: closed port", w -> {
                    String closed = SandboxHome.closedPortUrl();
                    w.loggedIn(SandboxHome.atServer(closed));
                    return closed;
                }, "Server unreachable", List.of("The server refused the connection.", QUEUED), null, 1),
                // The JDK's HttpURLConnection re-sends an idempotent GET once, silently, when the
                // connection closes before any answer byte (retryPost=false covers POST only); so
                // the connection is dropped twice here, and the journal shows both attempts.
                row("server unreachable: connection dropped", fresh(s -> s.injectFault(Sandbox.SYNC_HEALTH_PATH,
                        Fault.dropBeforeProcessing(), 2)),
                        "Server unreachable", List.of("The connection to the server was lost.", QUEUED), null, 1, HEALTH, HEALTH));
    }

    private static List<String> unavailable(int status) {
        return List.of("The server is temporarily unavailable (HTTP " + status + ").", "Events stay queued locally.");
    }

    private static List<String> unexpected(int status) {
        return List.of("HTTP " + status, "tell your administrator");
    }

    /** The note never carries a bare OAuth error code or a Java exception name without --debug. */
    private static void assertNoJargon(String text) {
        for (String jargon : List.of("temporarily_unavailable", "throttled", "invalid_grant", "Exception")) {
            assertFalse(text.contains(jargon), () -> "no <" + jargon + "> without --debug:\n" + text);
        }
    }

    private CliRun check(Row row, boolean json) {
        List<String> env = new ArrayList<>();
        if (row.enable() != null) {
            env.add("SPEC_KITTY_ENABLE_SAAS_SYNC");
            env.add(row.enable());
        }
        Map<String, String> environment = world.env(env.toArray(String[]::new));
        return json ? world.run(environment, "sync", "status", "--check", "--json")
                : world.run(environment, "sync", "status", "--check");
    }

    /** What every row shares: the requests made, the token they carried, what happened to the session. */
    private void assertWire(Row row, byte[] before) {
        assertEquals(row.calls(), world.calls(), row.name());
        for (RecordedRequest probe : world.sandbox.journal().matching(r -> r.path().startsWith("/api/v1/"))) {
            assertEquals(world.requireOnDisk().tokens().access().value(), probe.bearerToken(),
                    "the probe carries the session's (fresh) access token");
        }
        world.sandbox.journal().requests("POST", Sandbox.EVENTS_BATCH_PATH).forEach(batch ->
                assertEquals(Map.of("events", List.of()), StrictJson.object(batch.body()), "an empty batch"));
        boolean rotated = row.status().equals("Connected") && row.calls().contains(REFRESH);
        boolean rejected = row.name().equals("session expired: refresh rejected");
        if (rejected) {
            assertFalse(world.credentialsExist(), "a rejected session is deleted (SPEC §4.4)");
        } else if (before != null && !rotated) {
            assertArrayEquals(before, world.home.credentialBytes(), "the session is left as it was");
        } else if (rotated) {
            assertNotEquals(new String(before), new String(world.home.credentialBytes()), "the refreshed session is stored");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void text(Row row) {
        String serverUrl = row.setup().apply(world);
        byte[] before = world.credentialsExist() ? world.home.credentialBytes() : null;
        CliRun r = check(row, false);
        assertEquals(row.exit(), r.exit(), r.toString());
        String head = "Sync: " + row.status() + "\n" + (serverUrl == null ? "" : "Server: " + serverUrl + "\n");
        assertTrue(r.out().startsWith(head), r.out());
        String note = r.out().substring(head.length());
        assertFalse(note.contains("Server: "), "no second server line:\n" + r.out());
        for (String phrase : row.note()) {
            assertTrue(note.contains(phrase), () -> "expected <" + phrase + "> in:\n" + r.out());
        }
        assertNoJargon(r.out());
        assertWire(row, before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void json(Row row) {
        String serverUrl = row.setup().apply(world);
        byte[] before = world.credentialsExist() ? world.home.credentialBytes() : null;
        CliRun r = check(row, true);
        assertEquals(row.exit(), r.exit(), r.toString());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("status", row.status());
        expected.put("note", null);
        expected.put("server_url", serverUrl);
        expected.put("http_status", row.httpStatus() == null ? null : (Object) row.httpStatus().longValue());
        expected.put("exit_code", (long) row.exit());
        Map<String, Object> doc = StrictJson.object(r.out());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(doc.keySet()), "exactly these keys, in this order");
        String note = (String) doc.get("note");
        assertFalse(note.contains("\n"), "the note is one line: " + note);
        for (String phrase : row.note()) {
            assertTrue(note.contains(phrase), () -> "expected <" + phrase + "> in the note: " + note);
        }
        assertNoJargon(note);
        doc.put("note", null);
        assertEquals(expected, doc);
        assertWire(row, before);
    }

    @Test
    void wrongServerSendsTheTokenNowhere() {
        IssuedSession session = world.loggedIn(SandboxHome::accessExpired);
        byte[] before = world.home.credentialBytes();
        try (Sandbox configured = Sandbox.start()) {
            Map<String, String> env = world.env("SPEC_KITTY_ENABLE_SAAS_SYNC", "1", "SPEC_KITTY_SAAS_URL", configured.baseUrl() + "/");
            CliRun text = world.run(env, "sync", "status", "--check");
            assertEquals(4, text.exit(), text.toString());
            assertTrue(text.out().startsWith("Sync: Wrong server\nServer: " + world.sandbox.baseUrl() + "\n"), text.out());
            assertTrue(text.out().contains("SPEC_KITTY_SAAS_URL names another server:\n  " + configured.baseUrl() + "\n"),
                    text.out());
            assertTrue(text.out().contains("Run `spec-kitty auth login`"), text.out());

            CliRun json = world.run(env, "sync", "status", "--check", "--json");
            assertEquals(4, json.exit(), json.toString());
            Map<String, Object> doc = StrictJson.object(json.out());
            assertEquals("Wrong server", doc.get("status"));
            String note = (String) doc.get("note");
            assertTrue(note.contains("belongs to this server"), note);
            assertTrue(note.contains(world.sandbox.baseUrl()), "the session's server is named: " + note);
            assertTrue(note.contains("Run `spec-kitty auth login`"), note);
            assertEquals(world.sandbox.baseUrl(), doc.get("server_url"));
            assertEquals(null, doc.get("http_status"));
            assertEquals(4L, doc.get("exit_code"));

            assertEquals(0, configured.journal().size(), "nothing goes to the configured server");
        }
        assertEquals(List.of(), world.calls(), "nor to the session's: no refresh, no probe");
        assertArrayEquals(before, world.home.credentialBytes());
        assertTrue(world.sandbox.isCurrentRefreshToken(session.refreshToken()));
    }

    @Test
    void sameServerWithATrailingSlashIsNotWrong() {
        world.loggedIn();
        CliRun r = world.run(world.env("SPEC_KITTY_ENABLE_SAAS_SYNC", "1", "SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl() + "/"),
                "sync", "status", "--check");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Sync: Connected\n"), r.out());
    }
}
