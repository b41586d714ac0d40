package ai.speckitty.auth.adapters.http;

import static ai.speckitty.auth.adapters.http.FuzzedAnswer.assertNoSecretIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.session.WireSyntax;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the readers of {@code /oauth/token} and {@code /oauth/device} answers (any status,
 * header and body): they never throw, a success only holds values of the right wire syntax, and no
 * result prints the secret the request carried.
 */
class TokenAnswersFuzzTest {
    private static final TokenAnswers ANSWERS = new TokenAnswers(new Json());

    @FuzzTest
    void refresh(byte[] data) {
        RefreshResult result = ANSWERS.refresh(FuzzedAnswer.from(data));

        if (result instanceof RefreshResult.Rotated rotated) {
            assertWellFormed(rotated.grant());
        }
        assertNoSecretIn(result);
    }

    @FuzzTest
    void codeExchange(byte[] data) {
        CodeExchangeResult result = ANSWERS.codeExchange(FuzzedAnswer.from(data));

        if (result instanceof CodeExchangeResult.Granted granted) {
            assertWellFormed(granted.grant());
            assertTrue(granted.grant().refreshToken().isPresent() && granted.grant().sessionId().isPresent(),
                    "a login grant has a refresh token and a session id");
        }
        assertNoSecretIn(result);
    }

    @FuzzTest
    void devicePoll(byte[] data) {
        DevicePollResult result = ANSWERS.devicePoll(FuzzedAnswer.from(data));

        if (result instanceof DevicePollResult.Granted granted) {
            assertWellFormed(granted.grant());
        }
        assertNoSecretIn(result);
    }

    /** The device request carries no secret; the device code in the answer is one, and is never printed. */
    @FuzzTest
    void deviceAuthorization(byte[] data) {
        DeviceAuthorizationResult result = ANSWERS.deviceAuthorization(FuzzedAnswer.from(data, List.of()));

        if (result instanceof DeviceAuthorizationResult.Started started) {
            DeviceAuthorization authorization = started.authorization();
            assertTrue(WireSyntax.isCode(authorization.deviceCode().value()), "device_code");
            assertTrue(WireSyntax.isUserCode(authorization.userCode()), "user_code");
            assertTrue(!authorization.interval().isNegative() && !authorization.expiresIn().isNegative(), "durations");
            DeviceAuthorization withOtherCode = new DeviceAuthorization(new DeviceCode("other"), authorization.userCode(),
                    authorization.verificationUri(), authorization.verificationUriComplete(), authorization.expiresIn(),
                    authorization.interval());
            assertEquals(withOtherCode.toString(), authorization.toString(), "the device code is never printed");
        }
    }

    private static void assertWellFormed(TokenGrant grant) {
        assertTrue(WireSyntax.isToken(grant.accessToken().value()), "access_token");
        grant.refreshToken().ifPresent(refresh -> assertTrue(WireSyntax.isToken(refresh.value()), "refresh_token"));
        grant.sessionId().ifPresent(id -> assertTrue(WireSyntax.isSessionId(id), "session_id"));
        grant.expiresInSeconds().ifPresent(seconds -> assertTrue(seconds >= 0, "expires_in"));
    }
}
