package ai.speckitty.auth.adapters.http;

import static ai.speckitty.auth.adapters.http.FuzzedAnswer.assertNoSecretIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.server.Identity;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.session.WireSyntax;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the readers of revoke, {@code /api/v1/me} and session-status answers: they never throw,
 * a success only holds usable values, and no result prints the secret the request carried.
 */
class ApiAnswersFuzzTest {
    private static final ApiAnswers ANSWERS = new ApiAnswers(new Json());

    @FuzzTest
    void identity(byte[] data) {
        IdentityResult result = ANSWERS.identity(FuzzedAnswer.from(data));

        if (result instanceof IdentityResult.Found found) {
            Identity identity = found.identity();
            assertFalse(identity.userId().isBlank() || identity.email().isBlank(), "user_id and email");
            identity.teams().forEach(team -> assertFalse(team.name().isBlank(), "team name"));
        }
        assertNoSecretIn(result);
    }

    @FuzzTest
    void sessionStatus(byte[] data) {
        Reply.Answer answer = FuzzedAnswer.from(data);

        SessionStatusResult result = ANSWERS.sessionStatus(answer);

        if (result instanceof SessionStatusResult.Active active) {
            assertEquals(200, answer.status());
            assertTrue(WireSyntax.isSessionId(active.sessionId()), "session_id");
        }
        assertNoSecretIn(result);
    }

    @FuzzTest
    void revoke(byte[] data) {
        Reply.Answer answer = FuzzedAnswer.from(data);

        RevokeOutcome outcome = ANSWERS.revoke(answer);

        if (outcome == RevokeOutcome.REVOKED) {
            assertEquals(200, answer.status(), "only a 200 confirms a revocation");
        }
        assertNoSecretIn(outcome);
    }
}
