package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.getBearer;
import static ai.speckitty.auth.sandbox.TestHttp.postForm;
import static ai.speckitty.auth.sandbox.TestHttp.refresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultTest {

    private final Sandbox sandbox = Sandbox.start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void a_status_fault_answers_once_without_processing(int status) throws Exception {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(status));

        TestHttp.Answer faulted = refresh(sandbox, login.refreshToken());

        assertEquals(status, faulted.status());
        assertTrue(faulted.json().has("error"));
        assertTrue(sandbox.isCurrentRefreshToken(login.refreshToken()), "nothing was processed");
        assertEquals(200, refresh(sandbox, login.refreshToken()).status());
        assertEquals("status " + status, sandbox.journal().requests().get(0).fault());
    }

    @Test
    void throttling_carries_retry_after() throws Exception {
        sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.throttled(7));
        TestHttp.Answer answer = postForm(sandbox.url(Sandbox.REVOKE_PATH), "token", "t", "token_type_hint", "refresh_token");
        assertEquals(429, answer.status());
        assertEquals("7", answer.header("Retry-After"));
        assertEquals("throttled", answer.error());
        assertEquals("1", Fault.status(429).headers().get("Retry-After"), "a plain 429 says Retry-After 1");
    }

    @Test
    void non_json_and_revoked_false_bodies() throws Exception {
        sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.revokedFalse());
        sandbox.injectFault(Sandbox.REVOKE_PATH, Fault.nonJson());
        String url = sandbox.url(Sandbox.REVOKE_PATH);
        TestHttp.Answer revokedFalse = postForm(url, "token", "t", "token_type_hint", "refresh_token");
        TestHttp.Answer html = postForm(url, "token", "t", "token_type_hint", "refresh_token");
        TestHttp.Answer normal = postForm(url, "token", "t", "token_type_hint", "refresh_token");

        assertEquals(200, revokedFalse.status());
        assertFalse(revokedFalse.json().get("revoked").asBoolean());
        assertEquals(200, html.status());
        assertTrue(html.header("Content-Type").startsWith("text/html"));
        assertThrows(AssertionError.class, html::json);
        assertTrue(normal.json().get("revoked").asBoolean());
    }

    @Test
    void counted_faults_queue_in_order_and_always_faults_stay_until_cleared() throws Exception {
        String access = sandbox.issueSession().accessToken();
        String url = sandbox.url(Sandbox.ME_PATH);
        sandbox.injectFault(Sandbox.ME_PATH, Fault.status(502), 2);
        sandbox.injectFault(Sandbox.ME_PATH, Fault.status(503));
        assertEquals(List.of(502, 502, 503, 200), statuses(url, access, 4));

        sandbox.injectFaultAlways(Sandbox.ME_PATH, Fault.status(500));
        assertEquals(List.of(500, 500, 500), statuses(url, access, 3));
        assertEquals(200, getBearer(sandbox.url(Sandbox.SESSION_STATUS_PATH), access).status(), "other paths unaffected");
        sandbox.clearFaults(Sandbox.ME_PATH);
        assertEquals(List.of(200), statuses(url, access, 1));
    }

    @Test
    void a_drop_after_processing_rotates_but_never_answers() throws Exception {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropAfterProcessing());

        assertThrows(IOException.class, () -> refresh(sandbox, login.refreshToken()));

        assertFalse(sandbox.isCurrentRefreshToken(login.refreshToken()), "the server rotated");
        assertEquals(1, sandbox.session(login.sessionId()).orElseThrow().generation());
        RecordedRequest recorded = sandbox.journal().requests().get(0);
        assertTrue(recorded.dropped());
        assertEquals("drop-after", recorded.fault());
        assertEquals(409, refresh(sandbox, login.refreshToken()).status(), "the retry is a benign replay");
    }

    @Test
    void a_drop_before_processing_leaves_the_token_current() throws Exception {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.dropBeforeProcessing());
        assertThrows(IOException.class, () -> refresh(sandbox, login.refreshToken()));
        assertTrue(sandbox.isCurrentRefreshToken(login.refreshToken()));
    }

    @Test
    void a_reset_after_processing_is_a_connection_error_too() throws Exception {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.resetAfterProcessing());
        assertThrows(IOException.class, () -> refresh(sandbox, login.refreshToken()));
        assertFalse(sandbox.isCurrentRefreshToken(login.refreshToken()));
    }

    @Test
    void a_slow_answer_outlasts_a_short_client_timeout_after_the_server_rotated() throws Exception {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.slow(Duration.ofSeconds(5)));
        byte[] form = TestHttp.form("grant_type", "refresh_token", "refresh_token", login.refreshToken(), "client_id", "cli_native");

        assertThrows(SocketTimeoutException.class, () -> TestHttp.send("POST", sandbox.url(Sandbox.TOKEN_PATH), Map.of(),
                "application/x-www-form-urlencoded", form, Duration.ofMillis(300)));

        assertFalse(sandbox.isCurrentRefreshToken(login.refreshToken()));
        assertEquals("slow +5000ms", sandbox.journal().requests().get(0).fault());
        assertEquals(200, sandbox.journal().requests().get(0).status());
    }

    @Test
    void a_slow_answer_still_arrives_complete() throws Exception {
        sandbox.injectFault(Sandbox.ME_PATH, Fault.slow(Duration.ofMillis(200)));
        TestHttp.Answer answer = getBearer(sandbox.url(Sandbox.ME_PATH), sandbox.issueSession().accessToken());
        assertEquals(200, answer.status());
        assertEquals("ada@example.com", answer.json().get("email").asText());
    }

    @Test
    void a_custom_body_fault_is_answered_verbatim() throws Exception {
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.status(401, "{\"error\":\"session_invalid\"}"));
        TestHttp.Answer answer = refresh(sandbox, "anything");
        assertEquals(401, answer.status());
        assertEquals("session_invalid", answer.error());
        assertEquals("{\"error\":\"session_invalid\"}", answer.body());
    }

    private static List<Integer> statuses(String url, String access, int count) throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(getBearer(url, access).status());
        }
        return statuses;
    }
}
