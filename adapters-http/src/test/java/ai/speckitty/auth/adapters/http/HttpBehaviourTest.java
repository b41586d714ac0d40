package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Transport rules that hold for every call: encoding, no redirects, no retries, no plain http off loopback, debug lines. */
class HttpBehaviourTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** A valid b64token whose every special character needs percent-encoding in a form. */
    private static final String AWKWARD_TOKEN = "a+b/c~d.e_f-g==";
    /** A valid code (visible ASCII) full of form and URL delimiters. */
    private static final String AWKWARD = "a&b=c+d%20e/?#";

    @Test
    void formValuesArePercentEncodedOnTheWire() {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"a\"}")));

        Servers.at(wm).refresh(new RefreshToken(AWKWARD_TOKEN));

        String raw = Requests.only(wm).getBodyAsString();
        assertEquals("grant_type=refresh_token&refresh_token=a%2Bb%2Fc~d.e_f-g%3D%3D&client_id=cli_native", raw);
        assertEquals(Map.of("grant_type", "refresh_token", "refresh_token", AWKWARD_TOKEN, "client_id", "cli_native"),
                Requests.formFields(raw));
    }

    @Test
    void codeAndRedirectUriAreEncodedAndDecodeToExactlyWhatWasGiven() {
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid_grant\"}")));
        String redirect = "http://127.0.0.1:28890/callback";
        PkceVerifier verifier = PkceVerifier.fromRandomBytes(new byte[] {
            -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16,
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

        Servers.at(wm).exchangeAuthorizationCode(new AuthorizationCode(AWKWARD), redirect, verifier);

        Requests.assertFormPost(wm, "/oauth/token", Map.of("grant_type", "authorization_code", "code", AWKWARD,
                "redirect_uri", redirect, "client_id", "cli_native", "code_verifier", verifier.value()));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectsAreNotFollowed(int status) {
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(status).withHeader("Location", wm.baseUrl() + "/moved")));
        wm.stubFor(get("/api/v1/me").willReturn(aResponse().withStatus(status).withHeader("Location", wm.baseUrl() + "/moved")));
        wm.stubFor(post("/moved").willReturn(okJson("{\"access_token\":\"a\"}")));
        wm.stubFor(get("/moved").willReturn(okJson("{\"user_id\":\"u\",\"email\":\"e\"}")));

        var server = Servers.at(wm);
        assertEquals(new RefreshResult.Failed(new ServerFailure.HttpStatus(status, Optional.empty())),
                server.refresh(new RefreshToken("rt")));
        assertEquals(new IdentityResult.Failed(new ServerFailure.HttpStatus(status, Optional.empty())),
                server.identity(new AccessToken("at")));

        assertEquals(List.of("/oauth/token", "/api/v1/me"), Requests.all(wm).stream().map(r -> r.getUrl()).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void aRetryAfterAnswerIsNotRetried(int status) {
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(status).withHeader("Retry-After", "0")));

        RefreshResult result = Servers.at(wm).refresh(new RefreshToken("rt"));

        // Not retried, but when to try again travels with the failure for the message.
        assertEquals(new RefreshResult.Failed(new ServerFailure.HttpStatus(status, Optional.empty(), OptionalLong.of(0))),
                result);
        Requests.only(wm);
    }

    @Test
    void plainHttpToANonLoopbackHostIsRefusedBeforeAnyRequest() throws Exception {
        // 127.0.0.2 reaches this WireMock (it listens on every address) but is not a host
        // ServerUrl accepts for http://, so the adapter must refuse it too.
        String url = "http://127.0.0.2:" + wm.getPort();
        HttpURLConnection control = (HttpURLConnection) new URL(url + "/control").openConnection();
        assertEquals(404, control.getResponseCode(), "the control request reaches WireMock");
        control.disconnect();
        assertEquals(1, wm.getAllServeEvents().size());
        assertTrue(ServerUrl.parse(url).url().isEmpty(), "ServerUrl refuses it as well");
        List<String> debug = new ArrayList<>();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> FeignAuthServers.create(Map.of(), debug::add).atUrl(url));

        assertTrue(refused.getMessage().contains("https:// is required except for a loopback host"), refused.getMessage());
        assertTrue(refused.getMessage().contains("127.0.0.2"), refused.getMessage());
        assertEquals(1, wm.getAllServeEvents().size(), "no request was made");
    }

    @Test
    void debugLogHasOneLinePerCallWithMethodPathStatusAndMillis() throws Exception {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"a\"}")));
        wm.stubFor(get("/api/v1/me").willReturn(aResponse().withStatus(401)));
        List<String> debug = new ArrayList<>();
        FeignAuthServers servers = FeignAuthServers.create(Map.of(), debug::add);

        servers.at(new ServerUrl(wm.baseUrl())).refresh(new RefreshToken("rt"));
        servers.at(new ServerUrl(wm.baseUrl())).identity(new AccessToken("at"));
        servers.at(new ServerUrl("http://127.0.0.1:" + Requests.closedPort())).revoke(new RefreshToken("rt"));

        assertEquals(4, debug.size(), String.join("\n", debug));
        assertEquals("http: no proxy", debug.get(0));
        assertTrue(debug.get(1).matches("http: POST /oauth/token -> 200 \\(\\d+ ms\\)"), debug.get(1));
        assertTrue(debug.get(2).matches("http: GET /api/v1/me -> 401 \\(\\d+ ms\\)"), debug.get(2));
        assertTrue(debug.get(3).matches("http: POST /oauth/revoke -> failed: connection refused \\(\\d+ ms\\)"), debug.get(3));
    }
}
