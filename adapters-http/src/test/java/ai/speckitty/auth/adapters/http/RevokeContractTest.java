package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.session.RefreshToken;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per row of the SPEC §2.4 / §4.5 revoke table, each checking the exact request and the outcome. */
class RevokeContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RefreshToken TOKEN = new RefreshToken("rt-to-revoke-91c2");
    private static final Map<String, String> EXACT_FORM =
            Map.of("token", "rt-to-revoke-91c2", "token_type_hint", "refresh_token");

    private RevokeOutcome revokeAnswering(ResponseDefinitionBuilder answer) {
        // Anything else (e.g. the retired /api/v1/logout) would be recorded and fail assertFormPost.
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(418)));
        wm.stubFor(post("/oauth/revoke").willReturn(answer));
        RevokeOutcome outcome = Servers.at(wm).revoke(TOKEN);
        Requests.assertFormPost(wm, "/oauth/revoke", EXACT_FORM);
        return outcome;
    }

    @Test
    void rowRevoked_200WithRevokedExactlyTrue() {
        assertEquals(RevokeOutcome.REVOKED, revokeAnswering(okJson("{\"revoked\": true, \"extra\": 1}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"revoked\": false}",
        "{\"revoked\": \"true\"}",
        "{\"revoked\": 1}",
        "{\"revoked\": null}",
        "{}",
        "[true]",
        "true",
        "revoked",
        ""})
    void rowServerFailure_200WithAnotherBodyOrNonJson(String body) {
        assertEquals(RevokeOutcome.SERVER_FAILURE, revokeAnswering(aResponse().withStatus(200).withBody(body)));
    }

    @ParameterizedTest
    @CsvSource({
        "400, '{\"error\":\"invalid_request\"}'",
        "401, '{\"revoked\": true}'",
        "404, ''",
        "429, '{\"error\":\"throttled\"}'",
        "500, '{\"revoked\": true}'",
        "503, 'down'",
        "201, '{\"revoked\": true}'",
        "302, ''"})
    void rowServerFailure_any4xxOr5xxOrOtherStatus(int status, String body) {
        assertEquals(RevokeOutcome.SERVER_FAILURE, revokeAnswering(
                aResponse().withStatus(status).withBody(body).withHeader("Location", wm.baseUrl() + "/oauth/revoke")));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void rowNetworkError_droppedConnectionIsSentOnce(Fault fault) {
        assertEquals(RevokeOutcome.NETWORK_ERROR, revokeAnswering(aResponse().withFault(fault)));
    }

    @Test
    void rowNetworkError_timeoutIsSentOnce() {
        wm.stubFor(post("/oauth/revoke").willReturn(okJson("{\"revoked\": true}").withFixedDelay(3000)));

        RevokeOutcome outcome = Servers.withTimeout(wm, Duration.ofMillis(300)).revoke(TOKEN);

        assertEquals(RevokeOutcome.NETWORK_ERROR, outcome);
        Requests.assertFormPost(wm, "/oauth/revoke", EXACT_FORM);
    }

    @Test
    void rowNetworkError_connectionRefused() throws Exception {
        assertEquals(RevokeOutcome.NETWORK_ERROR, Servers.at("http://127.0.0.1:" + Requests.closedPort()).revoke(TOKEN));
    }
}
