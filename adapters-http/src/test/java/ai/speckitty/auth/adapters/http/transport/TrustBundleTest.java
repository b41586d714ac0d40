package ai.speckitty.auth.adapters.http.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import ai.speckitty.auth.adapters.http.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle is merged with, never replaces, the JDK's default trust store. */
class TrustBundleTest {
    @Test
    void acceptedIssuersAreTheJdkDefaultsPlusTheBundle(@TempDir Path dir) throws Exception {
        Path pem = Files.copy(TestCertificates.get().otherPem, dir.resolve("one.pem"));
        TrustBundle bundle = TrustBundle.load(pem);

        Set<X509Certificate> accepted = new HashSet<>(Arrays.asList(bundle.trustManager().getAcceptedIssuers()));

        Set<X509Certificate> jdk = new HashSet<>(Arrays.asList(jdkDefault().getAcceptedIssuers()));
        assertTrue(jdk.size() > 10, "the JDK ships CA certificates: " + jdk.size());
        assertTrue(accepted.containsAll(jdk), "every JDK default CA is still trusted");
        X509Certificate mine = read(pem);
        assertTrue(accepted.contains(mine), "the bundle's CA is trusted too");
        assertEquals(jdk.size() + 1, accepted.size());
        assertTrue(bundle.describe().endsWith("one.pem (1 certificate)"), bundle.describe());
    }

    @Test
    void oneTrustManagerAcceptsAJdkRootAndTheBundleAndRefusesACertificateSignedByNeither(@TempDir Path dir)
            throws Exception {
        X509TrustManager merged = TrustBundle.load(Files.copy(TestCertificates.get().otherPem, dir.resolve("other.pem")))
                .trustManager();
        X509Certificate jdkRoot = Arrays.stream(jdkDefault().getAcceptedIssuers())
                .filter(c -> c.getSigAlgName().equals("SHA256withRSA")).findFirst().orElseThrow();

        merged.checkServerTrusted(new X509Certificate[] {jdkRoot}, "RSA");
        merged.checkServerTrusted(new X509Certificate[] {read(TestCertificates.get().otherPem)}, "EC");
        X509Certificate[] signedByNeither = {read(TestCertificates.get().serverPem)};
        assertThrows(CertificateException.class, () -> merged.checkServerTrusted(signedByNeither, "EC"));
    }

    @Test
    void aFifoOrDirectoryIsRefusedWithoutBeingOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("bundle.pem");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        UnusableSetting refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UnusableSetting.class, () -> TrustBundle.load(fifo)));
        assertEquals("SPEC_KITTY_CA_BUNDLE=" + fifo + " is not a regular file", refused.getMessage());
        assertThrows(UnusableSetting.class, () -> TrustBundle.load(dir));
    }

    private static X509Certificate read(Path pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
    }

    private static X509TrustManager jdkDefault() throws Exception {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) null);
        return (X509TrustManager) f.getTrustManagers()[0];
    }
}
