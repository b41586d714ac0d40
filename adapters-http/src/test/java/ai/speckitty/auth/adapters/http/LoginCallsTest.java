package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.RefreshToken;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Device authorization, device polling, code exchange and the authorize URL (SPEC §2.1–2.3). */
class LoginCallsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String LOGIN_GRANT = """
            {"access_token":"at-1","token_type":"Bearer","expires_in":3600,"refresh_token":"rt-1",
             "session_id":"sess-9","scope":"offline_access","refresh_token_expires_in":86400}""";
    private static final DeviceCode DEVICE_CODE = new DeviceCode("dc-secret-55");
    private static final Map<String, String> POLL_FORM = Map.of(
            "grant_type", "urn:ietf:params:oauth:grant-type:device_code", "device_code", "dc-secret-55",
            "client_id", "cli_native");
    private static final AuthorizationCode CODE = new AuthorizationCode("code-xyz");
    private static final PkceVerifier VERIFIER = PkceVerifier.fromRandomBytes(new byte[32]);
    private static final String REDIRECT = "http://127.0.0.1:28888/callback";

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    // --- POST /oauth/device ---

    private DeviceAuthorizationResult startAnswering(ResponseDefinitionBuilder answer) {
        wm.stubFor(post("/oauth/device").willReturn(answer));
        DeviceAuthorizationResult result = Servers.at(wm).startDeviceAuthorization();
        Requests.assertFormPost(wm, "/oauth/device", Map.of("client_id", "cli_native", "scope", "offline_access"));
        return result;
    }

    @Test
    void deviceAuthorizationWithEveryField() {
        DeviceAuthorizationResult result = startAnswering(okJson("""
                {"device_code":"dc-1","user_code":"ABCDEFGH","verification_uri":"https://x.test/device",
                 "verification_uri_complete":"https://x.test/device?user_code=ABCDEFGH","expires_in":600,"interval":7}"""));

        DeviceAuthorization auth = assertInstanceOf(DeviceAuthorizationResult.Started.class, result).authorization();
        assertEquals(new DeviceAuthorization(new DeviceCode("dc-1"), "ABCDEFGH", "https://x.test/device",
                Optional.of("https://x.test/device?user_code=ABCDEFGH"), Duration.ofSeconds(600), Duration.ofSeconds(7)), auth);
    }

    @Test
    void deviceAuthorizationDefaultsExpiryTo900AndIntervalTo5() {
        DeviceAuthorizationResult result = startAnswering(okJson(
                "{\"device_code\":\"dc-1\",\"user_code\":\"ABCD\",\"verification_uri\":\"https://x.test/d\"}"));

        DeviceAuthorization auth = assertInstanceOf(DeviceAuthorizationResult.Started.class, result).authorization();
        assertEquals(Duration.ofSeconds(900), auth.expiresIn());
        assertEquals(Duration.ofSeconds(5), auth.interval());
        assertEquals(Optional.empty(), auth.verificationUriComplete());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"user_code\":\"A\",\"verification_uri\":\"https://x.test\"}",
        "{\"device_code\":\"dc\",\"verification_uri\":\"https://x.test\"}", "{\"device_code\":\"dc\",\"user_code\":\"A\"}",
        "<html/>"})
    void deviceAuthorizationWithoutARequiredFieldIsMalformed(String body) {
        DeviceAuthorizationResult result = startAnswering(okJson(body));

        ServerFailure failure = assertInstanceOf(DeviceAuthorizationResult.Failed.class, result).failure();
        assertInstanceOf(ServerFailure.MalformedAnswer.class, failure);
    }

    @Test
    void deviceAuthorizationRefusedWithTheOAuthError() {
        assertEquals(new DeviceAuthorizationResult.Refused("invalid_client"),
                startAnswering(json(401, "{\"error\":\"invalid_client\"}")));
    }

    @Test
    void deviceAuthorizationServerErrorFails() {
        assertEquals(new DeviceAuthorizationResult.Failed(new ServerFailure.HttpStatus(503, Optional.empty())),
                startAnswering(json(503, "busy")));
    }

    // --- POST /oauth/token, device grant ---

    private DevicePollResult pollAnswering(ResponseDefinitionBuilder answer) {
        wm.stubFor(post("/oauth/token").willReturn(answer));
        DevicePollResult result = Servers.at(wm).pollDeviceToken(DEVICE_CODE);
        Requests.assertFormPost(wm, "/oauth/token", POLL_FORM);
        return result;
    }

    static Stream<Arguments> pollErrors() {
        return Stream.of(
                Arguments.of(400, "authorization_pending", new DevicePollResult.Pending()),
                Arguments.of(400, "slow_down", new DevicePollResult.SlowDown()),
                Arguments.of(400, "access_denied", new DevicePollResult.Denied()),
                Arguments.of(400, "expired_token", new DevicePollResult.Expired()),
                Arguments.of(400, "invalid_grant", new DevicePollResult.Refused("invalid_grant")),
                Arguments.of(401, "invalid_client", new DevicePollResult.Refused("invalid_client")),
                Arguments.of(429, "throttled", new DevicePollResult.Failed(new ServerFailure.HttpStatus(429, Optional.of("throttled")))),
                Arguments.of(500, "server_error", new DevicePollResult.Failed(new ServerFailure.HttpStatus(500, Optional.of("server_error")))));
    }

    @ParameterizedTest
    @MethodSource("pollErrors")
    void devicePollErrorsMapToTheirOutcome(int status, String error, DevicePollResult expected) {
        assertEquals(expected, pollAnswering(json(status, "{\"error\":\"" + error + "\",\"error_description\":\"d\"}")));
    }

    @Test
    void devicePollGrantedWithTheLoginFields() {
        TokenGrant grant = assertInstanceOf(DevicePollResult.Granted.class, pollAnswering(okJson(LOGIN_GRANT))).grant();

        assertEquals("at-1", grant.accessToken().value());
        assertEquals(Optional.of(new RefreshToken("rt-1")), grant.refreshToken());
        assertEquals(Optional.of("sess-9"), grant.sessionId());
        assertEquals(OptionalLong.of(3600), grant.expiresInSeconds());
        assertEquals(OptionalLong.of(86400), grant.refreshTokenExpiresInSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"refresh_token", "expires_in", "session_id", "access_token"})
    void devicePollGrantWithoutALoginFieldIsMalformed(String missing) {
        String body = LOGIN_GRANT.replace("\"" + missing + "\"", "\"x_" + missing + "\"");

        DevicePollResult result = pollAnswering(okJson(body));

        ServerFailure failure = assertInstanceOf(DevicePollResult.Failed.class, result).failure();
        assertTrue(assertInstanceOf(ServerFailure.MalformedAnswer.class, failure).what().contains(missing));
    }

    @Test
    void devicePollTransportFailureIsAFailure() throws Exception {
        DevicePollResult result = Servers.at("http://127.0.0.1:" + Requests.closedPort()).pollDeviceToken(DEVICE_CODE);

        assertEquals(new DevicePollResult.Failed(new ServerFailure.Transport(TransportProblem.CONNECTION_REFUSED)), result);
    }

    // --- POST /oauth/token, authorization-code grant with PKCE ---

    private CodeExchangeResult exchangeAnswering(ResponseDefinitionBuilder answer) {
        wm.stubFor(post("/oauth/token").willReturn(answer));
        CodeExchangeResult result = Servers.at(wm).exchangeAuthorizationCode(CODE, REDIRECT, VERIFIER);
        Requests.assertFormPost(wm, "/oauth/token", Map.of("grant_type", "authorization_code", "code", "code-xyz",
                "redirect_uri", REDIRECT, "client_id", "cli_native", "code_verifier", VERIFIER.value()));
        return result;
    }

    @Test
    void codeExchangeGranted() {
        TokenGrant grant = assertInstanceOf(CodeExchangeResult.Granted.class, exchangeAnswering(okJson(LOGIN_GRANT))).grant();

        assertEquals("at-1", grant.accessToken().value());
        assertEquals(Optional.of("sess-9"), grant.sessionId());
    }

    @Test
    void codeExchangeRefusedWithTheOAuthError() {
        assertEquals(new CodeExchangeResult.Refused("invalid_grant"), exchangeAnswering(json(400, "{\"error\":\"invalid_grant\"}")));
    }

    @Test
    void codeExchangeWithoutSessionIdIsMalformed() {
        CodeExchangeResult result = exchangeAnswering(okJson("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":60}"));

        assertInstanceOf(ServerFailure.MalformedAnswer.class,
                assertInstanceOf(CodeExchangeResult.Failed.class, result).failure());
    }

    @Test
    void codeExchangeServerErrorFails() {
        assertEquals(new CodeExchangeResult.Failed(new ServerFailure.HttpStatus(500, Optional.empty())),
                exchangeAnswering(json(500, "")));
    }

    // --- GET /oauth/authorize (built, never requested) ---

    @Test
    void authorizeUrlCarriesTheSpecQueryProperlyEncoded() {
        String state = "st a&b=c+d%é/?#";
        String url = Servers.at("https://auth.example.test/base").authorizeUrl(REDIRECT, "chal-lenge_123", state);

        URI uri = URI.create(url);
        assertEquals("https", uri.getScheme());
        assertEquals("auth.example.test", uri.getHost());
        assertEquals("/base/oauth/authorize", uri.getPath());
        assertEquals(new java.util.LinkedHashMap<>(Map.of(
                "client_id", "cli_native", "response_type", "code", "redirect_uri", REDIRECT, "scope", "offline_access",
                "code_challenge", "chal-lenge_123", "code_challenge_method", "S256", "state", state)),
                Requests.formFields(uri.getRawQuery()));
        assertTrue(uri.getRawQuery().startsWith("client_id=cli_native&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A28888%2Fcallback&"),
                uri.getRawQuery());
        assertTrue(uri.getRawQuery().endsWith("&state=st%20a%26b%3Dc%2Bd%25%C3%A9%2F%3F%23"), uri.getRawQuery());
        assertEquals(0, wm.getAllServeEvents().size(), "building the URL sends nothing");
    }
}
