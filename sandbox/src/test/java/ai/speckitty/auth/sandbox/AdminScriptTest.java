package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.getBearer;
import static ai.speckitty.auth.sandbox.TestHttp.postForm;
import static ai.speckitty.auth.sandbox.TestHttp.refresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a script (a third-party client's test run) can do through {@code /__sandbox/*} alone. */
class AdminScriptTest {

    private final Sandbox sandbox = Sandbox.start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401})
    void a_script_injects_an_arbitrary_oauth_error_once(int status) throws Exception {
        IssuedSession login = sandbox.issueSession();
        TestHttp.Answer queued = postForm(sandbox.url("/__sandbox/fault"),
                "path", Sandbox.TOKEN_PATH, "status", Integer.toString(status), "error", "session_invalid");
        assertEquals(200, queued.status());

        TestHttp.Answer faulted = refresh(sandbox, login.refreshToken());

        assertEquals(status, faulted.status());
        assertEquals("{\"error\":\"session_invalid\"}", faulted.body(), "exactly the error asked for (SPEC §2.3)");
        assertTrue(sandbox.isCurrentRefreshToken(login.refreshToken()), "nothing was processed");
        assertEquals(200, refresh(sandbox, login.refreshToken()).status(), "once: the next refresh is served");
    }

    @Test
    void an_injected_error_with_a_description_stays_until_cleared() throws Exception {
        String access = sandbox.issueSession().accessToken();
        postForm(sandbox.url("/__sandbox/fault"), "path", Sandbox.ME_PATH, "status", "401",
                "error", "session_invalid", "error_description", "Signed out elsewhere.", "times", "always");

        for (int i = 0; i < 3; i++) {
            TestHttp.Answer answer = getBearer(sandbox.url(Sandbox.ME_PATH), access);
            assertEquals(401, answer.status());
            assertEquals("session_invalid", answer.error());
            assertEquals("Signed out elsewhere.", answer.json().get("error_description").asText());
        }
        assertEquals(200, postForm(sandbox.url("/__sandbox/faults/clear"), "path", Sandbox.ME_PATH).status());
        assertEquals(200, getBearer(sandbox.url(Sandbox.ME_PATH), access).status());
    }

    @Test
    void no_teams_false_gives_the_user_its_teams_back() throws Exception {
        List<SandboxTeam> teams = sandbox.config().user().teams();
        assertFalse(teams.isEmpty());

        postForm(sandbox.url("/__sandbox/config"), "no_teams", "true");
        assertEquals(0, teamsOfNewSession());

        postForm(sandbox.url("/__sandbox/config"), "no_teams", "false");
        assertEquals(teams, sandbox.config().user().teams());
        assertEquals(teams.size(), teamsOfNewSession());
    }

    @Test
    void an_email_change_keeps_the_hidden_teams_hidden_and_restorable() throws Exception {
        List<SandboxTeam> teams = sandbox.config().user().teams();
        postForm(sandbox.url("/__sandbox/config"), "no_teams", "true", "email", "eve@example.com");
        assertTrue(sandbox.config().user().teams().isEmpty());
        assertEquals("eve@example.com", sandbox.config().user().email());

        postForm(sandbox.url("/__sandbox/config"), "no_teams", "false");
        assertEquals(teams, sandbox.config().user().teams());
        assertEquals("eve@example.com", sandbox.config().user().email());
    }

    private int teamsOfNewSession() throws Exception {
        String access = postForm(sandbox.url("/__sandbox/session")).json().get("access_token").asText();
        return getBearer(sandbox.url(Sandbox.ME_PATH), access).json().get("teams").size();
    }
}
