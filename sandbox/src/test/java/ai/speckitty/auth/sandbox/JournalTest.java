package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.getBearer;
import static ai.speckitty.auth.sandbox.TestHttp.postForm;
import static ai.speckitty.auth.sandbox.TestHttp.refresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalTest {

    private final Sandbox sandbox = Sandbox.start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void refresh_submissions_are_counted_per_token() throws Exception {
        IssuedSession login = sandbox.issueSession();
        String newer = refresh(sandbox, login.refreshToken()).json().get("refresh_token").asText();
        refresh(sandbox, login.refreshToken());
        refresh(sandbox, newer);

        assertEquals(2, sandbox.journal().countRefreshSubmissions(login.refreshToken()));
        assertEquals(1, sandbox.journal().countRefreshSubmissions(newer));
        assertEquals(0, sandbox.journal().countRefreshSubmissions("sbx_rt_other"));
        assertEquals(3, sandbox.journal().countRefreshSubmissions());
        assertEquals(3, sandbox.journal().countRequests("POST", Sandbox.TOKEN_PATH));
        assertEquals(3, sandbox.journal().tokenRequests("refresh_token").size());
    }

    @Test
    void requests_keep_raw_headers_form_fields_query_and_status() throws Exception {
        IssuedSession login = sandbox.issueSession();
        getBearer(sandbox.url(Sandbox.ME_PATH + "?x=1&y=a%20b"), login.accessToken());
        refresh(sandbox, "sbx_rt_unknown");

        List<RecordedRequest> requests = sandbox.journal().requests();
        assertEquals(2, requests.size());
        RecordedRequest me = requests.get(0);
        assertEquals("GET", me.method());
        assertEquals(Sandbox.ME_PATH, me.path());
        assertEquals("x=1&y=a%20b", me.rawQuery());
        assertEquals("a b", me.queryValue("y"));
        assertEquals(login.accessToken(), me.bearerToken());
        assertEquals(200, me.status());
        assertTrue(me.form().isEmpty());
        RecordedRequest token = requests.get(1);
        assertEquals("sbx_rt_unknown", token.formValue("refresh_token"));
        assertEquals(List.of("grant_type", "refresh_token", "client_id"), List.copyOf(token.form().keySet()));
        assertTrue(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        assertFalse(token.hasHeader("authorization"));
        assertEquals(401, token.status());
        assertTrue(me.sequence() < token.sequence());
    }

    @Test
    void to_string_never_shows_a_value() throws Exception {
        IssuedSession login = sandbox.issueSession();
        refresh(sandbox, login.refreshToken());
        String shown = sandbox.journal().requests().get(0).toString() + login;
        assertFalse(shown.contains(login.refreshToken()));
        assertFalse(shown.contains(login.accessToken()));
        assertTrue(shown.contains(Sandbox.TOKEN_PATH));
    }

    @Test
    void clear_empties_the_journal() throws Exception {
        TestHttp.get(sandbox.url("/"));
        assertEquals(1, sandbox.journal().size());
        sandbox.journal().clear();
        assertEquals(0, sandbox.journal().size());
        assertEquals(0, sandbox.journal().countRequests("/"));
    }

    @Test
    void concurrent_requests_are_all_recorded_once() throws Exception {
        String access = sandbox.issueSession().accessToken();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> getBearer(sandbox.url(Sandbox.ME_PATH), access).status()));
            }
            for (Future<Integer> result : results) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdown();
        }
        List<RecordedRequest> requests = sandbox.journal().requests();
        assertEquals(200, requests.size());
        Set<Long> sequences = new HashSet<>();
        requests.forEach(r -> sequences.add(r.sequence()));
        assertEquals(200, sequences.size());
        assertEquals(200, sandbox.journal().countBearerUses(access));
    }

    @Test
    void await_returns_once_the_count_is_reached() throws Exception {
        Thread client = new Thread(() -> TestHttp.unchecked(() -> TestHttp.get(sandbox.url("/"))));
        client.start();
        assertTrue(sandbox.journal().awaitRequests("GET", "/", 1, Duration.ofSeconds(10)));
        client.join();
        assertFalse(sandbox.journal().awaitRequests("GET", "/", 2, Duration.ofMillis(50)));
    }

    @Test
    void the_admin_journal_shows_fingerprints_not_tokens_and_is_itself_not_journaled() throws Exception {
        IssuedSession login = sandbox.issueSession();
        refresh(sandbox, login.refreshToken());
        getBearer(sandbox.url(Sandbox.ME_PATH), login.accessToken());

        TestHttp.Answer admin = TestHttp.get(sandbox.url("/__sandbox/journal?path=/oauth/token"));

        assertEquals(200, admin.status());
        assertFalse(admin.body().contains(login.refreshToken()));
        JsonNode body = admin.json();
        assertEquals(1, body.get("count").asInt());
        JsonNode entry = body.get("requests").get(0);
        assertEquals("/oauth/token", entry.get("path").asText());
        assertTrue(entry.get("form").get("refresh_token").get(0).asText().matches("sha256:[0-9a-f]{12}"));
        assertEquals("cli_native", entry.get("form").get("client_id").get(0).asText());
        String all = TestHttp.get(sandbox.url("/__sandbox/journal")).body();
        assertFalse(all.contains(login.accessToken()));
        assertEquals(2, sandbox.journal().size(), "admin calls are not journaled");
        assertNull(sandbox.journal().requests().get(0).fault());
    }

    @Test
    void scripts_can_steer_the_sandbox_through_the_admin_endpoints() throws Exception {
        TestHttp.Answer config = postForm(sandbox.url("/__sandbox/config"), "device_mode", "deny", "access_ttl", "0.5");
        assertEquals(200, config.status());
        assertEquals(DeviceMode.DENY, sandbox.config().deviceMode());
        assertEquals(Duration.ofMillis(500), sandbox.config().accessTokenTtl());
        assertEquals(400, postForm(sandbox.url("/__sandbox/config"), "device_mode", "maybe").status());

        assertEquals(200, postForm(sandbox.url("/__sandbox/fault"), "path", Sandbox.ME_PATH, "status", "503", "times", "2").status());
        JsonNode session = postForm(sandbox.url("/__sandbox/session"), "email", "bob@example.com").json();
        String access = session.get("access_token").asText();
        assertEquals(503, getBearer(sandbox.url(Sandbox.ME_PATH), access).status());
        assertEquals(503, getBearer(sandbox.url(Sandbox.ME_PATH), access).status());
        postForm(sandbox.url("/__sandbox/faults/clear"));

        assertEquals(1, sandbox.sessions().stream().filter(s -> s.email().equals("bob@example.com")).count());
        postForm(sandbox.url("/__sandbox/fault"), "path", Sandbox.TOKEN_PATH, "kind", "drop-after");
        assertThrows(java.io.IOException.class, () -> refresh(sandbox, session.get("refresh_token").asText()));
        assertEquals(1, sandbox.session(session.get("session_id").asText()).orElseThrow().generation());

        postForm(sandbox.url("/__sandbox/clock/advance"), "seconds", "1");
        assertEquals(401, getBearer(sandbox.url(Sandbox.SESSION_STATUS_PATH), access).status(), "0.5 s token expired");

        postForm(sandbox.url("/__sandbox/journal/clear"));
        assertEquals(0, sandbox.journal().size());
    }
}
