package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.ServerUrl;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check before a browser sign-in: one credential-free GET of the base URL, any answer will do, 3 s at most. */
class ReachTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @ParameterizedTest
    @ValueSource(ints = {200, 302, 400, 404, 405, 500, 503})
    void anyAnswerMeansTheServerAnswers(int status) {
        wm.stubFor(get("/").willReturn(aResponse().withStatus(status).withHeader("Location", "https://elsewhere.test/")));

        assertEquals(Optional.empty(), Servers.at(wm).reach());

        LoggedRequest request = Requests.only(wm);
        assertEquals("GET", request.getMethod().getName());
        assertEquals("/", request.getUrl(), "the base URL itself; a redirect is not followed");
        assertFalse(request.containsHeader("Authorization"), "no credential of any kind");
        assertEquals(0, request.getBody().length);
    }

    @Test
    void aBaseUrlWithAPathIsAskedAtThatPath() {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));

        AuthServer server = FeignAuthServers.create(Map.of(), null).at(new ServerUrl(wm.baseUrl() + "/kitty"));

        assertEquals(Optional.empty(), server.reach());
        assertEquals("/kitty/", Requests.only(wm).getUrl());
    }

    @Test
    void aClosedPortIsARefusedConnection() throws Exception {
        long start = System.nanoTime();
        Optional<TransportProblem> problem = Servers.at("http://127.0.0.1:" + Requests.closedPort()).reach();
        assertEquals(Optional.of(TransportProblem.CONNECTION_REFUSED), problem);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
    }

    @Test
    void aDroppedConnectionIsNoAnswer() {
        wm.stubFor(get("/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertEquals(Optional.of(TransportProblem.CONNECTION_LOST), Servers.at(wm).reach());
    }

    /** The real deadline, not a shortened one: a silent server costs 3 s, where the other calls wait 10 s. */
    @Test
    void aSilentServerIsATimeoutAfterThreeSeconds() {
        wm.stubFor(get("/").willReturn(aResponse().withStatus(200).withFixedDelay(8_000)));

        long start = System.nanoTime();
        Optional<TransportProblem> problem = Servers.at(wm).reach();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(Optional.of(TransportProblem.TIMEOUT), problem);
        assertTrue(took.compareTo(AuthServer.REACH_TIMEOUT.minusMillis(100)) >= 0, "waited its deadline: " + took);
        assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "and no longer: " + took);
    }

    @Test
    void theDebugLogShowsTheCheckLikeAnyCall() {
        wm.stubFor(get("/").willReturn(aResponse().withStatus(404)));
        List<String> debug = new ArrayList<>();

        FeignAuthServers.create(Map.of(), debug::add).at(new ServerUrl(wm.baseUrl())).reach();

        assertTrue(debug.stream().anyMatch(line -> line.matches("http: GET / -> 404 \\(\\d+ ms\\)")), debug.toString());
    }
}
