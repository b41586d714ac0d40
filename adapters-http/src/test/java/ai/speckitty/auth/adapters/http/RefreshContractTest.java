package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.RefreshToken;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per row of the SPEC §2.3 refresh table, each checking the exact request and the outcome. */
class RefreshContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RefreshToken SENT = new RefreshToken("rt-sent-7f3a");
    private static final Map<String, String> EXACT_FORM =
            Map.of("grant_type", "refresh_token", "refresh_token", "rt-sent-7f3a", "client_id", "cli_native");

    private RefreshResult refreshAnswering(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        wm.stubFor(post("/oauth/token").willReturn(answer));
        RefreshResult result = Servers.at(wm).refresh(SENT);
        Requests.assertFormPost(wm, "/oauth/token", EXACT_FORM);
        return result;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void row200_rotatedWithEveryOptionalField() {
        RefreshResult result = refreshAnswering(okJson("""
                {"access_token":"at-new","token_type":"Bearer","expires_in":3600,"refresh_token":"rt-new",
                 "session_id":"sess-1","scope":"offline_access","refresh_token_expires_at":"2026-12-01T10:00:00Z",
                 "refresh_token_expires_in":2592000,"generation":4,"some_future_field":{"x":[1,2]}}"""));

        TokenGrant grant = assertInstanceOf(RefreshResult.Rotated.class, result).grant();
        assertEquals("at-new", grant.accessToken().value());
        assertEquals(OptionalLong.of(3600), grant.expiresInSeconds());
        assertEquals(Optional.of(new RefreshToken("rt-new")), grant.refreshToken());
        assertEquals(Optional.of("sess-1"), grant.sessionId());
        assertEquals(Optional.of("offline_access"), grant.scope());
        assertEquals(Optional.of(Instant.parse("2026-12-01T10:00:00Z")), grant.refreshTokenExpiresAt());
        assertEquals(OptionalLong.of(2592000), grant.refreshTokenExpiresInSeconds());
        assertEquals(OptionalLong.of(4), grant.generation());
    }

    @Test
    void row200_rotatedWithOnlyAnAccessTokenKeepsEveryOptionalEmpty() {
        RefreshResult result = refreshAnswering(okJson("{\"access_token\":\"at-new\"}"));

        TokenGrant grant = assertInstanceOf(RefreshResult.Rotated.class, result).grant();
        assertEquals(new TokenGrant(grant.accessToken(), OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty()), grant);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-01T10:00:00+02:00, 2026-12-01T08:00:00Z",
        "2026-12-01T10:00:00.123456Z, 2026-12-01T10:00:00.123456Z",
        "2026-12-01T10:00:00, 2026-12-01T10:00:00Z"})
    void row200_refreshExpiryAcceptsIsoWithOffsetFractionOrNoZone(String sent, String expected) {
        RefreshResult result = refreshAnswering(okJson(
                "{\"access_token\":\"at-new\",\"refresh_token_expires_at\":\"" + sent + "\"}"));

        TokenGrant grant = assertInstanceOf(RefreshResult.Rotated.class, result).grant();
        assertEquals(Optional.of(Instant.parse(expected)), grant.refreshTokenExpiresAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json at all",
        "",
        "[\"access_token\"]",
        "{\"token_type\":\"Bearer\"}",
        "{\"access_token\":\"\"}",
        "{\"access_token\":\"at\",\"refresh_token_expires_at\":\"next tuesday\"}",
        "{\"access_token\":\"at\",\"generation\":\"four\"}",
        "{\"access_token\":\"at\",\"generation\":4.5}",
        "{\"access_token\":\"at\",\"token_type\":\"mac\"}",
        "{\"access_token\":\"at\",\"refresh_token\":\"\"}",
        "{\"access_token\":\"at\"} trailing"})
    void row200_malformedBodyFailsWithoutTouchingTheSession(String body) {
        RefreshResult result = refreshAnswering(aResponse().withStatus(200).withBody(body));

        ServerFailure failure = assertInstanceOf(RefreshResult.Failed.class, result).failure();
        assertEquals(200, assertInstanceOf(ServerFailure.MalformedAnswer.class, failure).status());
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "0, 0", "5, 5", "9, 5", "-2, 0", "1.2, 2"})
    void row409BenignReplay_retryAfterFromTheBodyClampedTo0To5(String retryAfter, int expected) {
        RefreshResult result = refreshAnswering(error(409,
                "{\"error\":\"refresh_replay_benign_retry\",\"retry_after\":" + retryAfter + "}"));

        assertEquals(new RefreshResult.ReplayDetected(expected), result);
    }

    @Test
    void row409BenignReplay_retryAfterDefaultsTo0() {
        RefreshResult result = refreshAnswering(error(409, "{\"error\":\"refresh_replay_benign_retry\"}"));

        assertEquals(new RefreshResult.ReplayDetected(0), result);
    }

    @Test
    void row409BenignReplay_retryAfterHeaderWhenTheBodyHasNone() {
        RefreshResult result = refreshAnswering(error(409, "{\"error\":\"refresh_replay_benign_retry\"}")
                .withHeader("Retry-After", "2"));

        assertEquals(new RefreshResult.ReplayDetected(2), result);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401})
    void row400or401InvalidGrant_rejected(int status) {
        RefreshResult result = refreshAnswering(error(status,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token reuse detected\"}"));

        assertEquals(new RefreshResult.Rejected("invalid_grant"), result);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401})
    void row400or401SessionInvalid_rejected(int status) {
        RefreshResult result = refreshAnswering(error(status, "{\"error\":\"session_invalid\"}"));

        assertEquals(new RefreshResult.Rejected("session_invalid"), result);
    }

    @ParameterizedTest
    @CsvSource({
        "400, '{\"error\":\"invalid_request\"}', invalid_request",
        "401, '{\"error\":\"invalid_client\"}', invalid_client",
        "403, '{\"error\":\"forbidden\"}', forbidden",
        "404, 'Not Found', ",
        "409, '{\"error\":\"conflict\"}', conflict",
        "409, '{\"error_code\":\"refresh_replay_benign_retry\"}', ",
        "400, '{\"error_code\":\"invalid_grant\"}', ",
        "403, '{\"error\":\"invalid_grant\"}', invalid_grant",
        "429, '{\"error\":\"throttled\"}', throttled",
        "500, '<html>oops</html>', ",
        "502, '', ",
        "503, '{\"error\":\"temporarily_unavailable\"}', temporarily_unavailable",
        "302, '', "})
    void rowOther4xx429_5xxOr409WithAnotherError_failsWithTheStatus(int status, String body, String error) {
        RefreshResult result = refreshAnswering(error(status, body).withHeader("Location", wm.baseUrl() + "/elsewhere"));

        assertEquals(new RefreshResult.Failed(new ServerFailure.HttpStatus(status, Optional.ofNullable(error))), result);
    }

    @ParameterizedTest
    @CsvSource({"CONNECTION_RESET_BY_PEER, CONNECTION_LOST", "EMPTY_RESPONSE, CONNECTION_LOST",
        "RANDOM_DATA_THEN_CLOSE, OTHER"})
    void rowTransportError_droppedAfterTheServerGotItFailsAndIsSentOnce(Fault fault, TransportProblem problem) {
        RefreshResult result = refreshAnswering(aResponse().withFault(fault));

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(problem)), result);
    }

    @Test
    void rowTimeout_failsAsTimeoutAndIsSentOnce() {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"late\"}").withFixedDelay(3000)));

        RefreshResult result = Servers.withTimeout(wm, Duration.ofMillis(300)).refresh(SENT);

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.TIMEOUT)), result);
        Requests.assertFormPost(wm, "/oauth/token", EXACT_FORM);
    }

    @Test
    void rowTransportError_connectionRefused() throws Exception {
        RefreshResult result = Servers.at("http://127.0.0.1:" + Requests.closedPort()).refresh(SENT);

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.CONNECTION_REFUSED)), result);
    }
}
