package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.get;
import static ai.speckitty.auth.sandbox.TestHttp.getBearer;
import static ai.speckitty.auth.sandbox.TestHttp.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiEndpointsTest {

    private final Sandbox sandbox = Sandbox.start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void me_answers_the_default_user_with_the_shared_team_first() throws Exception {
        JsonNode me = getBearer(sandbox.url(Sandbox.ME_PATH), sandbox.issueSession().accessToken()).json();
        assertEquals("u_ada", me.get("user_id").asText());
        assertEquals("ada@example.com", me.get("email").asText());
        assertEquals("Ada Lovelace", me.get("name").asText());
        assertEquals(2, me.get("teams").size());
        assertFalse(me.get("teams").get(0).get("is_private_teamspace").asBoolean());
        JsonNode privateSpace = me.get("teams").get(1);
        assertEquals("t_ada", privateSpace.get("id").asText());
        assertEquals("owner", privateSpace.get("role").asText());
        assertTrue(privateSpace.get("is_private_teamspace").asBoolean());
        assertFalse(me.has("refresh_token_expires_at"));
    }

    @Test
    void me_answers_configured_users_including_one_without_teams() throws Exception {
        SandboxUser lonely = new SandboxUser("u_2", "lonely@example.com", null, List.of());
        JsonNode me = getBearer(sandbox.url(Sandbox.ME_PATH), sandbox.issueSession(lonely).accessToken()).json();
        assertEquals("lonely@example.com", me.get("email").asText());
        assertFalse(me.has("name"));
        assertEquals(0, me.get("teams").size());

        SandboxUser optional = new SandboxUser("u_3", "o@example.com", "O", List.of(new SandboxTeam("t", "T", "member", null)));
        JsonNode team = getBearer(sandbox.url(Sandbox.ME_PATH), sandbox.issueSession(optional).accessToken()).json().get("teams").get(0);
        assertFalse(team.has("is_private_teamspace"));
    }

    @Test
    void me_can_carry_the_refresh_expiry() throws Exception {
        sandbox.configure(c -> c.refreshExpiresAtInMe(true));
        IssuedSession session = sandbox.issueSession();
        JsonNode me = getBearer(sandbox.url(Sandbox.ME_PATH), session.accessToken()).json();
        assertEquals(session.refreshExpiresAt(), Instant.parse(me.get("refresh_token_expires_at").asText()));
    }

    @Test
    void session_status_answers_the_session_and_its_generation() throws Exception {
        IssuedSession login = sandbox.issueSession();
        String access = TestHttp.refresh(sandbox, login.refreshToken()).json().get("access_token").asText();
        TestHttp.Answer answer = getBearer(sandbox.url(Sandbox.SESSION_STATUS_PATH), access);
        assertEquals(200, answer.status());
        JsonNode body = answer.json();
        assertEquals(login.sessionId(), body.get("session_id").asText());
        assertEquals("active", body.get("status").asText());
        assertEquals(1, body.get("current_generation").asInt());
        Instant.parse(body.get("created_at").asText());
    }

    @Test
    void expired_revoked_and_unknown_tokens_get_the_same_401() throws Exception {
        sandbox.setAccessTokenTtl(Duration.ZERO);
        IssuedSession expired = sandbox.issueSession();
        sandbox.setAccessTokenTtl(Duration.ofHours(1));
        IssuedSession revoked = sandbox.issueSession();
        sandbox.revokeSession(revoked.sessionId());
        String url = sandbox.url(Sandbox.SESSION_STATUS_PATH);

        TestHttp.Answer[] answers = {getBearer(url, expired.accessToken()), getBearer(url, revoked.accessToken()),
            getBearer(url, "sbx_at_unknown"), get(url)};

        for (TestHttp.Answer answer : answers) {
            assertEquals(401, answer.status());
            assertEquals(answers[0].body(), answer.body(), "no reason is disclosed");
            assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"));
        }
    }

    @Test
    void a_refresh_token_sent_as_bearer_is_a_bad_request() throws Exception {
        IssuedSession login = sandbox.issueSession();
        TestHttp.Answer answer = getBearer(sandbox.url(Sandbox.SESSION_STATUS_PATH), login.refreshToken());
        assertEquals(400, answer.status());
        assertEquals("invalid_request", answer.error());
    }

    @Test
    void sync_health_answers_ok_for_a_valid_token() throws Exception {
        String access = sandbox.issueSession().accessToken();
        TestHttp.Answer health = getBearer(sandbox.url(Sandbox.SYNC_HEALTH_PATH), access);
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("status").asText());
        assertEquals(401, get(sandbox.url(Sandbox.SYNC_HEALTH_PATH)).status());
    }

    @Test
    void a_legacy_server_has_no_health_and_refuses_an_empty_batch_with_no_events_provided() throws Exception {
        sandbox.setSyncMode(SyncMode.LEGACY);
        String access = sandbox.issueSession().accessToken();
        assertEquals(404, getBearer(sandbox.url(Sandbox.SYNC_HEALTH_PATH), access).status());
        TestHttp.Answer batch = postJson(sandbox.url(Sandbox.EVENTS_BATCH_PATH), access, "{\"events\": []}");
        assertEquals(400, batch.status());
        assertEquals("No events provided", batch.error());
        assertEquals(200, postJson(sandbox.url(Sandbox.EVENTS_BATCH_PATH), access, "{\"events\": [{}]}").status());
        assertEquals(401, postJson(sandbox.url(Sandbox.EVENTS_BATCH_PATH), "sbx_at_bad", "{\"events\": []}").status());
    }

    @Test
    void a_legacy_server_may_accept_an_empty_batch() throws Exception {
        sandbox.setSyncMode(SyncMode.LEGACY_ACCEPTS_EMPTY_BATCH);
        String access = sandbox.issueSession().accessToken();
        assertEquals(200, postJson(sandbox.url(Sandbox.EVENTS_BATCH_PATH), access, "{\"events\": []}").status());
    }

    @Test
    void the_batch_needs_json_with_an_events_array() throws Exception {
        String access = sandbox.issueSession().accessToken();
        String url = sandbox.url(Sandbox.EVENTS_BATCH_PATH);
        assertEquals("invalid_json", postJson(url, access, "{events: []}").error());
        assertEquals("invalid_payload", postJson(url, access, "{\"events\": {}}").error());
        TestHttp.Answer form = TestHttp.postForm(url, Map.of("Authorization", "Bearer " + access), "events", "[]");
        assertEquals(415, form.status());
    }

    @Test
    void forbidden_mode_answers_403_to_a_valid_token_only() throws Exception {
        sandbox.setSyncMode(SyncMode.FORBIDDEN);
        String access = sandbox.issueSession().accessToken();
        assertEquals(403, getBearer(sandbox.url(Sandbox.SYNC_HEALTH_PATH), access).status());
        assertEquals(403, postJson(sandbox.url(Sandbox.EVENTS_BATCH_PATH), access, "{\"events\": []}").status());
        assertEquals(401, getBearer(sandbox.url(Sandbox.SYNC_HEALTH_PATH), "sbx_at_bad").status());
    }

    @Test
    void slashless_sync_paths_redirect_and_unknown_paths_are_404() throws Exception {
        TestHttp.Answer redirect = get(sandbox.url("/api/v1/sync/health"));
        assertEquals(301, redirect.status());
        assertEquals(sandbox.url(Sandbox.SYNC_HEALTH_PATH), redirect.header("Location"));
        assertEquals(404, get(sandbox.url("/api/v2/nothing")).status());
        assertEquals(405, TestHttp.postForm(sandbox.url(Sandbox.ME_PATH), "a", "b").status());
    }
}
