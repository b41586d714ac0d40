package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.getBearer;
import static ai.speckitty.auth.sandbox.TestHttp.postForm;
import static ai.speckitty.auth.sandbox.TestHttp.refresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshRotationTest {

    private final Sandbox sandbox = Sandbox.start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void each_rotation_returns_a_new_pair_and_increments_the_generation() throws Exception {
        IssuedSession login = sandbox.issueSession();
        assertEquals(0, login.generation());
        String refreshToken = login.refreshToken();
        for (int generation = 1; generation <= 3; generation++) {
            TestHttp.Answer answer = refresh(sandbox, refreshToken);
            assertEquals(200, answer.status());
            JsonNode body = answer.json();
            assertEquals(generation, body.get("generation").asInt());
            assertEquals("Bearer", body.get("token_type").asText());
            assertEquals(3600, body.get("expires_in").asInt());
            assertEquals("offline_access", body.get("scope").asText());
            assertEquals(login.sessionId(), body.get("session_id").asText());
            assertTrue(body.hasNonNull("refresh_token_expires_at"));
            Instant.parse(body.get("refresh_token_expires_at").asText());
            assertNotEquals(refreshToken, body.get("refresh_token").asText());
            assertFalse(sandbox.isCurrentRefreshToken(refreshToken));
            refreshToken = body.get("refresh_token").asText();
            assertTrue(sandbox.isCurrentRefreshToken(refreshToken));
            assertEquals("no-store", answer.header("Cache-Control"));
        }
        assertEquals(3, sandbox.session(login.sessionId()).orElseThrow().generation());
    }

    @Test
    void a_spent_token_inside_the_grace_window_is_a_benign_replay_that_keeps_the_family() throws Exception {
        IssuedSession login = sandbox.issueSession();
        String newer = refresh(sandbox, login.refreshToken()).json().get("refresh_token").asText();

        TestHttp.Answer replay = refresh(sandbox, login.refreshToken());

        assertEquals(409, replay.status());
        assertEquals("refresh_replay_benign_retry", replay.error());
        int retryAfter = replay.json().get("retry_after").asInt();
        assertTrue(retryAfter >= 0 && retryAfter <= 5, "retry_after " + retryAfter);
        assertFalse(sandbox.session(login.sessionId()).orElseThrow().revoked());
        assertEquals(200, refresh(sandbox, newer).status());
    }

    @Test
    void a_spent_token_after_the_window_is_rejected_and_kills_the_whole_family() throws Exception {
        IssuedSession login = sandbox.issueSession();
        JsonNode rotated = refresh(sandbox, login.refreshToken()).json();
        String current = rotated.get("refresh_token").asText();
        String currentAccess = rotated.get("access_token").asText();
        sandbox.advanceClock(Duration.ofMillis(2001));

        TestHttp.Answer late = refresh(sandbox, login.refreshToken());

        assertEquals(401, late.status());
        assertEquals("invalid_grant", late.error());
        assertTrue(sandbox.session(login.sessionId()).orElseThrow().revoked());
        TestHttp.Answer currentRefresh = refresh(sandbox, current);
        assertEquals(401, currentRefresh.status());
        assertEquals("invalid_grant", currentRefresh.error());
        assertEquals(401, getBearer(sandbox.url(Sandbox.SESSION_STATUS_PATH), currentAccess).status());
        assertEquals(401, getBearer(sandbox.url(Sandbox.ME_PATH), login.accessToken()).status());
    }

    @Test
    void the_grace_window_is_configurable_and_its_edge_is_inclusive() throws Exception {
        // A fixed clock: only advanceClock moves the sandbox's time, so the edge is exact.
        try (Sandbox fixed = Sandbox.start(SandboxConfig.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC))
                .replayGraceWindow(Duration.ofSeconds(10)).build())) {
            IssuedSession login = fixed.issueSession();
            refresh(fixed, login.refreshToken());
            fixed.advanceClock(Duration.ofSeconds(10));
            TestHttp.Answer atTheEdge = refresh(fixed, login.refreshToken());
            assertEquals(409, atTheEdge.status());
            assertEquals(0, atTheEdge.json().get("retry_after").asInt());
            fixed.advanceClock(Duration.ofMillis(1));
            assertEquals(401, refresh(fixed, login.refreshToken()).status());
        }
    }

    @Test
    void retry_after_is_the_rest_of_the_window_capped_at_five_seconds() throws Exception {
        try (Sandbox fixed = Sandbox.start(SandboxConfig.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC))
                .replayGraceWindow(Duration.ofSeconds(30)).build())) {
            IssuedSession login = fixed.issueSession();
            refresh(fixed, login.refreshToken());
            assertEquals(5, refresh(fixed, login.refreshToken()).json().get("retry_after").asInt());
            fixed.advanceClock(Duration.ofMillis(27_500));
            assertEquals(3, refresh(fixed, login.refreshToken()).json().get("retry_after").asInt());
        }
    }

    @Test
    void unknown_tokens_are_rejected_with_invalid_grant() throws Exception {
        TestHttp.Answer answer = refresh(sandbox, "sbx_rt_not-a-token-this-server-issued");
        assertEquals(401, answer.status());
        assertEquals("invalid_grant", answer.error());
    }

    @Test
    void the_rejection_status_can_be_400_instead_of_401() throws Exception {
        sandbox.configure(c -> c.refreshRejectionStatus(400));
        TestHttp.Answer answer = refresh(sandbox, "sbx_rt_unknown");
        assertEquals(400, answer.status());
        assertEquals("invalid_grant", answer.error());
    }

    @Test
    void an_expired_refresh_token_is_rejected() throws Exception {
        sandbox.configure(c -> c.refreshTokenTtl(Duration.ofSeconds(60)));
        IssuedSession login = sandbox.issueSession();
        sandbox.advanceClock(Duration.ofSeconds(61));
        assertEquals("invalid_grant", refresh(sandbox, login.refreshToken()).error());
    }

    @Test
    void refresh_expiry_reporting_and_generation_follow_the_configuration() throws Exception {
        sandbox.configure(c -> c.refreshExpiresAtInToken(false).refreshExpiresInInToken(true)
                .generationInRefresh(false).accessTokenTtl(Duration.ofSeconds(7)));
        JsonNode body = refresh(sandbox, sandbox.issueSession().refreshToken()).json();
        assertFalse(body.has("refresh_token_expires_at"));
        assertFalse(body.has("generation"));
        assertEquals(30 * 24 * 3600, body.get("refresh_token_expires_in").asLong());
        assertEquals(7, body.get("expires_in").asInt());

        sandbox.configure(c -> c.refreshTokenTtl(null));
        JsonNode serverManaged = refresh(sandbox, sandbox.issueSession().refreshToken()).json();
        assertFalse(serverManaged.has("refresh_token_expires_at"));
        assertFalse(serverManaged.has("refresh_token_expires_in"));
    }

    @Test
    void the_refresh_form_must_be_exactly_grant_type_refresh_token_and_client_id() throws Exception {
        String token = sandbox.issueSession().refreshToken();
        String url = sandbox.url(Sandbox.TOKEN_PATH);

        TestHttp.Answer extraField = postForm(url, "grant_type", "refresh_token", "refresh_token", token,
                "client_id", "cli_native", "scope", "offline_access");
        TestHttp.Answer withAuthorization = postForm(url, Map.of("Authorization", "Bearer x"),
                "grant_type", "refresh_token", "refresh_token", token, "client_id", "cli_native");
        TestHttp.Answer noClient = postForm(url, "grant_type", "refresh_token", "refresh_token", token);
        TestHttp.Answer otherClient = postForm(url, "grant_type", "refresh_token", "refresh_token", token,
                "client_id", "someone_else");
        TestHttp.Answer repeated = TestHttp.send("POST", url, Map.of(), "application/x-www-form-urlencoded",
                ("grant_type=refresh_token&refresh_token=" + token + "&refresh_token=" + token + "&client_id=cli_native")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), Duration.ofSeconds(5));
        TestHttp.Answer json = TestHttp.send("POST", url, Map.of(), "application/json",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Duration.ofSeconds(5));

        for (TestHttp.Answer invalid : new TestHttp.Answer[] {extraField, withAuthorization, noClient, repeated, json}) {
            assertEquals(400, invalid.status());
            assertEquals("invalid_request", invalid.error());
        }
        assertEquals(401, otherClient.status());
        assertEquals("invalid_client", otherClient.error());
        assertTrue(sandbox.isCurrentRefreshToken(token), "no rejected request may rotate the token");
    }

    @Test
    void an_unknown_grant_type_is_unsupported() throws Exception {
        TestHttp.Answer answer = postForm(sandbox.url(Sandbox.TOKEN_PATH), "grant_type", "password", "client_id", "cli_native");
        assertEquals(400, answer.status());
        assertEquals("unsupported_grant_type", answer.error());
    }

    @Test
    void old_access_tokens_stay_valid_until_they_expire() throws Exception {
        IssuedSession login = sandbox.issueSession();
        refresh(sandbox, login.refreshToken());
        assertEquals(200, getBearer(sandbox.url(Sandbox.ME_PATH), login.accessToken()).status());
        sandbox.advanceClock(Duration.ofSeconds(3600));
        assertEquals(401, getBearer(sandbox.url(Sandbox.ME_PATH), login.accessToken()).status());
    }
}
