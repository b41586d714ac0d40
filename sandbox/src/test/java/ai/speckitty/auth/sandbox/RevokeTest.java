package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.getBearer;
import static ai.speckitty.auth.sandbox.TestHttp.postForm;
import static ai.speckitty.auth.sandbox.TestHttp.refresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RevokeTest {

    private final Sandbox sandbox = Sandbox.start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void revoking_the_refresh_token_kills_its_family() throws Exception {
        IssuedSession login = sandbox.issueSession();

        TestHttp.Answer answer = revoke(login.refreshToken());

        assertEquals(200, answer.status());
        assertTrue(answer.json().get("revoked").isBoolean());
        assertTrue(answer.json().get("revoked").asBoolean());
        assertTrue(sandbox.session(login.sessionId()).orElseThrow().revoked());
        assertEquals("invalid_grant", refresh(sandbox, login.refreshToken()).error());
        assertEquals(401, getBearer(sandbox.url(Sandbox.ME_PATH), login.accessToken()).status());
        assertEquals(1, sandbox.journal().countRevocations(login.refreshToken()));
    }

    @Test
    void a_spent_token_of_the_family_revokes_it_too() throws Exception {
        IssuedSession login = sandbox.issueSession();
        String current = refresh(sandbox, login.refreshToken()).json().get("refresh_token").asText();
        revoke(login.refreshToken());
        assertEquals(401, refresh(sandbox, current).status());
    }

    @Test
    void any_well_formed_token_is_answered_revoked_true_and_other_sessions_live_on() throws Exception {
        IssuedSession bystander = sandbox.issueSession();
        TestHttp.Answer unknown = revoke("sbx_rt_never-issued");
        assertEquals(200, unknown.status());
        assertTrue(unknown.json().get("revoked").asBoolean());
        revoke(bystander.refreshToken());
        assertTrue(revoke(bystander.refreshToken()).json().get("revoked").asBoolean(), "already revoked is fine");
        assertFalse(sandbox.issueSession().refreshToken().isEmpty());
        IssuedSession other = sandbox.issueSession();
        revoke("sbx_rt_never-issued");
        assertEquals(200, refresh(sandbox, other.refreshToken()).status());
    }

    @Test
    void the_form_must_be_exactly_token_and_the_refresh_token_hint() throws Exception {
        String url = sandbox.url(Sandbox.REVOKE_PATH);
        String token = sandbox.issueSession().refreshToken();
        TestHttp.Answer[] invalid = {
            postForm(url, "token_type_hint", "refresh_token"),
            postForm(url, "token", "", "token_type_hint", "refresh_token"),
            postForm(url, "token", token),
            postForm(url, "token", token, "token_type_hint", "access_token"),
            postForm(url, "token", token, "token_type_hint", "refresh_token", "session_id", "sess_1"),
            postForm(url, Map.of("Authorization", "Bearer abc"), "token", token, "token_type_hint", "refresh_token"),
            postForm(url, "token", "has space", "token_type_hint", "refresh_token"),
        };
        for (TestHttp.Answer answer : invalid) {
            assertEquals(400, answer.status());
            assertEquals("invalid_request", answer.error());
        }
        assertTrue(sandbox.isCurrentRefreshToken(token));
    }

    @Test
    void the_retired_logout_endpoint_is_gone_and_journaled() throws Exception {
        TestHttp.Answer answer = postForm(sandbox.url(Sandbox.LOGOUT_PATH), "x", "y");
        assertEquals(410, answer.status());
        assertEquals(1, sandbox.journal().countRequests("POST", Sandbox.LOGOUT_PATH));
    }

    private TestHttp.Answer revoke(String token) throws Exception {
        return postForm(sandbox.url(Sandbox.REVOKE_PATH), "token", token, "token_type_hint", "refresh_token");
    }
}
