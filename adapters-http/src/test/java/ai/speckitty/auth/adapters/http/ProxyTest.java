package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTPS_PROXY / NO_PROXY are honoured per request. The target auth.example.test never resolves;
 * a tiny CONNECT proxy tunnels it to a local WireMock HTTPS server whose certificate names it, so
 * a success proves the request went through the proxy, and UNKNOWN_HOST proves it went direct.
 */
class ProxyTest {
    static final TestCertificates CERTS = TestCertificates.get();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig()
            .httpDisabled(true).dynamicHttpsPort()
            .keystorePath(CERTS.serverKeyStore.toString()).keystoreType("PKCS12")
            .keystorePassword(TestCertificates.PASSWORD).keyManagerPassword(TestCertificates.PASSWORD)).build();

    private static final Map<String, String> FORM =
            Map.of("grant_type", "refresh_token", "refresh_token", "rt-proxied", "client_id", "cli_native");

    private TinyProxy proxy;

    @BeforeEach
    void start() throws Exception {
        proxy = TinyProxy.open(wm.getHttpsPort());
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"at-proxied\"}")));
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("SPEC_KITTY_CA_BUNDLE", CERTS.serverPem.toString()));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private RefreshResult refreshVia(Map<String, String> env, String host) {
        return FeignAuthServers.create(env, null).at(new ServerUrl("https://" + host + ":" + wm.getHttpsPort()))
                .refresh(new RefreshToken("rt-proxied"));
    }

    private String connectLine() {
        return "CONNECT " + TestCertificates.PROXIED_HOST + ":" + wm.getHttpsPort() + " HTTP/1.1";
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPS_PROXY", "https_proxy"})
    void httpsProxyCarriesTheRequest(String variable) {
        RefreshResult result = refreshVia(env(variable, proxy.url()), TestCertificates.PROXIED_HOST);

        assertInstanceOf(RefreshResult.Rotated.class, result);
        assertEquals(List.of(new TinyProxy.Connect(connectLine(), false)), proxy.seen());
        Requests.assertFormPost(wm, "/oauth/token", FORM);
    }

    @Test
    void aProxyWithoutSchemeOrPortStillParses() {
        RefreshResult result = refreshVia(env("HTTPS_PROXY", "127.0.0.1:" + proxy.port()), TestCertificates.PROXIED_HOST);

        assertInstanceOf(RefreshResult.Rotated.class, result);
        assertEquals(1, proxy.seen().size());
    }

    @Test
    void lowerCaseWinsOverUpperCase() throws Exception {
        RefreshResult result = refreshVia(env("https_proxy", proxy.url(),
                "HTTPS_PROXY", "http://127.0.0.1:" + Requests.closedPort()), TestCertificates.PROXIED_HOST);

        assertInstanceOf(RefreshResult.Rotated.class, result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.test", ".example.test", "*.example.test", "auth.example.test:443",
        "other.test, AUTH.example.test", "*", "localhost example.test"})
    void noProxyMatchSendsTheRequestDirect(String noProxy) {
        RefreshResult result = refreshVia(env("HTTPS_PROXY", proxy.url(), "NO_PROXY", noProxy), TestCertificates.PROXIED_HOST);

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.UNKNOWN_HOST)), result);
        assertEquals(List.of(), proxy.seen(), "the proxy saw nothing");
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xample.test", "auth.example", "other.test", "example.test.evil"})
    void noProxyThatDoesNotMatchKeepsTheProxy(String noProxy) {
        RefreshResult result = refreshVia(env("HTTPS_PROXY", proxy.url(), "no_proxy", noProxy), TestCertificates.PROXIED_HOST);

        assertInstanceOf(RefreshResult.Rotated.class, result);
        assertEquals(List.of(new TinyProxy.Connect(connectLine(), false)), proxy.seen());
    }

    @Test
    void loopbackAlwaysBypassesTheProxy() {
        RefreshResult result = refreshVia(env("HTTPS_PROXY", proxy.url()), "localhost");

        assertInstanceOf(RefreshResult.Rotated.class, result);
        assertEquals(List.of(), proxy.seen());
        Requests.assertFormPost(wm, "/oauth/token", FORM);
    }

    @Test
    void anUnreachableProxyIsATransportFailure() throws Exception {
        RefreshResult result = refreshVia(env("HTTPS_PROXY", "http://127.0.0.1:" + Requests.closedPort()),
                TestCertificates.PROXIED_HOST);

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.CONNECTION_REFUSED)), result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"socks5://user:pw-secret@proxy.test:1080", "https://proxy.test:3128", "http://:3128", "http://pro xy:1"})
    void anUnusableProxyUrlIsASetUpErrorNamingTheVariable(String value) {
        HttpSetupException e = assertThrows(HttpSetupException.class,
                () -> FeignAuthServers.create(Map.of("HTTPS_PROXY", value), null));

        assertTrue(e.getMessage().startsWith("HTTPS_PROXY "), e.getMessage());
        assertTrue(e.getMessage().contains("http://host:port"), e.getMessage());
        assertTrue(!e.getMessage().contains("pw-secret"), e.getMessage());
    }

    @Test
    void theProxyChoiceIsInTheDebugLogWithoutCredentials() {
        List<String> debug = new java.util.ArrayList<>();
        FeignAuthServers.create(Map.of("HTTPS_PROXY", "http://me:pw-secret@proxy.test:3128", "NO_PROXY", "a,b"), debug::add);

        assertEquals(List.of("http: https via proxy proxy.test:3128 (from HTTPS_PROXY) with proxy authentication, 2 NO_PROXY entries"),
                debug);
    }
}
