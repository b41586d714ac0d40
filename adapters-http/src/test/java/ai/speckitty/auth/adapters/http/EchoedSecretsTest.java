package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A displayed field that repeats a secret the request carried would be stored and printed, so the
 * answer is refused, naming the field (found by the fuzzers: scope, session id, /me email).
 */
class EchoedSecretsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SECRET = "rt-7Hq2-secret";

    private static ServerFailure malformed(String field) {
        return new ServerFailure.MalformedAnswer(200, field + TokenGrants.ECHOES_A_SECRET);
    }

    @Test
    void aRefreshAnswerWhoseScopeRepeatsTheSentRefreshTokenIsRefused() {
        wm.stubFor(post("/oauth/token").willReturn(okJson(
                "{\"access_token\":\"at-new\",\"refresh_token\":\"rt-new\",\"expires_in\":3600,"
                        + "\"scope\":\"offline_access " + SECRET + "\"}")));

        assertEquals(new RefreshResult.Failed(malformed("scope")), Servers.at(wm).refresh(new RefreshToken(SECRET)));
    }

    @Test
    void aDevicePollWhoseSessionIdRepeatsTheDeviceCodeIsRefused() {
        wm.stubFor(post("/oauth/token").willReturn(okJson(
                "{\"access_token\":\"at-new\",\"refresh_token\":\"rt-new\",\"expires_in\":3600,"
                        + "\"session_id\":\"sess_" + SECRET + "\"}")));

        assertEquals(new DevicePollResult.Failed(malformed("session_id")),
                Servers.at(wm).pollDeviceToken(new DeviceCode(SECRET)));
    }

    @Test
    void anIdentityWhoseEmailOrTeamRepeatsTheAccessTokenIsRefused() {
        wm.stubFor(get("/api/v1/me").willReturn(okJson(
                "{\"user_id\":\"u1\",\"email\":\"" + SECRET + "@example.com\",\"teams\":[]}")));
        assertEquals(new IdentityResult.Failed(malformed("email")), Servers.at(wm).identity(new AccessToken(SECRET)));

        wm.stubFor(get("/api/v1/me").willReturn(okJson(
                "{\"user_id\":\"u1\",\"email\":\"ada@example.com\",\"teams\":[{\"id\":\"t1\",\"name\":\"" + SECRET + "\"}]}")));
        assertEquals(new IdentityResult.Failed(malformed("a team's name")), Servers.at(wm).identity(new AccessToken(SECRET)));
    }

    @Test
    void aSessionStatusWhoseSessionIdIsTheAccessTokenIsRefused() {
        wm.stubFor(get("/api/v1/session-status").willReturn(okJson("{\"session_id\":\"" + SECRET + "\",\"status\":\"active\"}")));

        assertEquals(new SessionStatusResult.Failed(malformed("session_id")),
                Servers.at(wm).sessionStatus(new AccessToken(SECRET)));
    }

    @Test
    void aSessionIdOrScopeHoldingTheAnswersOwnTokenIsRefused() {
        wm.stubFor(post("/oauth/token").willReturn(okJson(
                "{\"access_token\":\"at-new-0123456789\",\"refresh_token\":\"rt-new-0123456789\",\"expires_in\":3600,"
                        + "\"session_id\":\"rt-new-0123456789\"}")));
        assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, "session_id holds a token of the same answer")),
                Servers.at(wm).refresh(new RefreshToken(SECRET)));

        wm.stubFor(post("/oauth/token").willReturn(okJson(
                "{\"access_token\":\"at-new-0123456789\",\"expires_in\":3600,\"scope\":\"offline_access at-new-0123456789\"}")));
        assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, "scope holds a token of the same answer")),
                Servers.at(wm).refresh(new RefreshToken(SECRET)));
    }

    @Test
    void anAnswerThatRepeatsNoSecretIsKept() {
        wm.stubFor(get("/api/v1/me").willReturn(okJson("{\"user_id\":\"u1\",\"email\":\"ada@example.com\",\"teams\":[]}")));

        assertEquals(IdentityResult.Found.class, Servers.at(wm).identity(new AccessToken(SECRET)).getClass());
    }
}
