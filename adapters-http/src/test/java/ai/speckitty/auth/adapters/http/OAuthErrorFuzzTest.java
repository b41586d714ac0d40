package ai.speckitty.auth.adapters.http;

import static ai.speckitty.auth.adapters.http.FuzzedAnswer.assertNoSecretIn;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.http.json.Json;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the OAuth error envelope: never throws; a kept error is a plain name that echoes no secret. */
class OAuthErrorFuzzTest {
    private static final Json JSON = new Json();

    @FuzzTest
    void of(byte[] data) {
        Reply.Answer answer = FuzzedAnswer.from(data);

        OAuthError error = OAuthError.of(JSON, answer);

        error.error().ifPresent(name -> assertTrue(name.matches("[a-z][a-z0-9_]{0,63}"), "error name"));
        assertNoSecretIn(error);
        assertNoSecretIn(error.failure(answer.status(), answer).brief());
    }
}
