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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** SPEC_KITTY_CA_BUNDLE adds trust to the JDK's; verification and host-name checks stay on. */
class CaBundleTest {
    static final TestCertificates CERTS = TestCertificates.get();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig()
            .httpDisabled(true).dynamicHttpsPort()
            .keystorePath(CERTS.serverKeyStore.toString()).keystoreType("PKCS12")
            .keystorePassword(TestCertificates.PASSWORD).keyManagerPassword(TestCertificates.PASSWORD)).build();

    private static final Map<String, String> FORM =
            Map.of("grant_type", "refresh_token", "refresh_token", "rt-tls", "client_id", "cli_native");

    @BeforeEach
    void answer() {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"at-tls\"}")));
    }

    private RefreshResult refresh(Map<String, String> env, String host) {
        return FeignAuthServers.create(env, null)
                .at(new ServerUrl("https://" + host + ":" + wm.getHttpsPort())).refresh(new RefreshToken("rt-tls"));
    }

    @Test
    void withoutTheBundleASelfSignedServerFailsAsTls() {
        RefreshResult result = refresh(Map.of(), "localhost");

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.TLS)), result);
        assertEquals(0, wm.getAllServeEvents().size(), "nothing reached the server");
    }

    @Test
    void withTheBundleTheSameServerIsTrusted() {
        RefreshResult result = refresh(Map.of("SPEC_KITTY_CA_BUNDLE", CERTS.serverPem.toString()), "localhost");

        assertInstanceOf(RefreshResult.Rotated.class, result);
        Requests.assertFormPost(wm, "/oauth/token", FORM);
    }

    @Test
    void aBundleOfSeveralCertificatesWithTextAroundThemWorks(@TempDir Path dir) throws Exception {
        Path bundle = Files.writeString(dir.resolve("bundle.pem"), "# corporate roots\n" + Files.readString(CERTS.otherPem)
                + "\nsome comment\n" + Files.readString(CERTS.serverPem));

        assertInstanceOf(RefreshResult.Rotated.class, refresh(Map.of("SPEC_KITTY_CA_BUNDLE", bundle.toString()), "localhost"));
    }

    @Test
    void aBundleWithOnlyAnotherCertificateDoesNotTrustTheServer() {
        RefreshResult result = refresh(Map.of("SPEC_KITTY_CA_BUNDLE", CERTS.otherPem.toString()), "localhost");

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.TLS)), result);
    }

    @Test
    void hostNameVerificationStaysOnWithTheBundle() {
        // The certificate names localhost and auth.example.test, not 127.0.0.1.
        RefreshResult result = refresh(Map.of("SPEC_KITTY_CA_BUNDLE", CERTS.serverPem.toString()), "127.0.0.1");

        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.TLS)), result);
        assertEquals(0, wm.getAllServeEvents().size(), "nothing reached the server");
    }

    @Test
    void aMissingFileIsASetUpErrorNamingTheVariableAndThePath(@TempDir Path dir) {
        Path missing = dir.resolve("corp-roots.pem");

        HttpSetupException e = assertThrows(HttpSetupException.class,
                () -> FeignAuthServers.create(Map.of("SPEC_KITTY_CA_BUNDLE", missing.toString()), null));

        assertEquals("SPEC_KITTY_CA_BUNDLE=" + missing + " cannot be read (NoSuchFileException)", e.getMessage());
    }

    @Test
    void aFileWithoutAPemCertificateIsASetUpError(@TempDir Path dir) throws Exception {
        Path notPem = Files.writeString(dir.resolve("roots.txt"), "just text");

        HttpSetupException e = assertThrows(HttpSetupException.class,
                () -> FeignAuthServers.create(Map.of("SPEC_KITTY_CA_BUNDLE", notPem.toString()), null));

        assertEquals("SPEC_KITTY_CA_BUNDLE=" + notPem + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)", e.getMessage());
    }

    @Test
    void aCorruptCertificateIsASetUpError(@TempDir Path dir) throws Exception {
        Path corrupt = Files.writeString(dir.resolve("bad.pem"),
                "-----BEGIN CERTIFICATE-----\nTUlJQm9vcHM=\n-----END CERTIFICATE-----\n");

        HttpSetupException e = assertThrows(HttpSetupException.class,
                () -> FeignAuthServers.create(Map.of("SPEC_KITTY_CA_BUNDLE", corrupt.toString()), null));

        assertTrue(e.getMessage().startsWith("SPEC_KITTY_CA_BUNDLE=" + corrupt + " holds a certificate that cannot be read"),
                e.getMessage());
    }

    @Test
    void aBlankVariableMeansNoBundle() {
        assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.TLS)),
                refresh(Map.of("SPEC_KITTY_CA_BUNDLE", "  "), "localhost"));
    }
}
