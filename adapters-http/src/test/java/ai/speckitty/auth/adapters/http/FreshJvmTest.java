package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the factory must set up before the JVM's first HTTP connection (both JDK switches are read
 * once, in static initialisers), checked in a fresh JVM that has none of surefire's properties.
 */
class FreshJvmTest {
    static final TestCertificates CERTS = TestCertificates.get();

    @RegisterExtension
    static WireMockExtension http = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension https = WireMockExtension.newInstance().options(wireMockConfig()
            .httpDisabled(true).dynamicHttpsPort()
            .keystorePath(CERTS.serverKeyStore.toString()).keystoreType("PKCS12")
            .keystorePassword(TestCertificates.PASSWORD).keyManagerPassword(TestCertificates.PASSWORD)).build();

    private static final Map<String, String> FORM =
            Map.of("grant_type", "refresh_token", "refresh_token", "rt-fresh-jvm", "client_id", "cli_native");

    @Test
    void aRefreshWhoseConnectionDropsIsSentOnceEvenWithoutTheSurefireProperty() throws Exception {
        http.stubFor(post("/oauth/token").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        String out = runProbe(http.baseUrl());

        assertEquals("Failed[failure=Transport[problem=CONNECTION_LOST]]", out);
        Requests.assertFormPost(http, "/oauth/token", FORM);
    }

    @Test
    void basicProxyAuthenticationFromTheProxyUrlWorksThroughAConnectTunnel() throws Exception {
        https.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"at-fresh\"}")));
        try (TinyProxy proxy = TinyProxy.requiringBasic(https.getHttpsPort(), "proxy-user:p@ss w:rd")) {

            String out = runProbe("https://" + TestCertificates.PROXIED_HOST + ":" + https.getHttpsPort(),
                    "HTTPS_PROXY=http://proxy-user:p%40ss%20w%3Ard@127.0.0.1:" + proxy.port(),
                    "SPEC_KITTY_CA_BUNDLE=" + CERTS.serverPem);

            assertTrue(out.startsWith("Rotated[grant=TokenGrant[accessToken=AccessToken[redacted]"), out);
            String connect = "CONNECT " + TestCertificates.PROXIED_HOST + ":" + https.getHttpsPort() + " HTTP/1.1";
            assertEquals(List.of(new TinyProxy.Connect(connect, false), new TinyProxy.Connect(connect, true)), proxy.seen(),
                    "challenged once, then the credentials");
        }
        Requests.assertFormPost(https, "/oauth/token", FORM);
    }

    /** Runs {@link FreshJvmProbe} in a new JVM (class path mode, no -D options) and returns its output. */
    private static String runProbe(String... args) throws Exception {
        String modulePath = System.getProperty("jdk.module.path", "");
        String classPath = Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator
                + (modulePath.isEmpty() ? System.getProperty("java.class.path") : modulePath);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath, FreshJvmProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM finished");
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
