package ai.speckitty.auth.adapters.http.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The extra CA certificates of {@value #VARIABLE} (a PEM file, e.g. a corporate TLS-inspection
 * root), trusted <em>in addition to</em> the JDK's default trust store; verification and host-name
 * checks stay on.
 */
public final class TrustBundle {
    /** Far more than any real CA bundle (the whole Mozilla set is about 250 KB). */
    private static final long MAX_BUNDLE_BYTES = 16L << 20;

    public static final String VARIABLE = "SPEC_KITTY_CA_BUNDLE";

    private static final Pattern PEM_CERTIFICATE =
            Pattern.compile("-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", Pattern.DOTALL);

    private final SSLSocketFactory socketFactory;
    private final X509ExtendedTrustManager trustManager;
    private final Path path;
    private final int certificates;

    private TrustBundle(X509ExtendedTrustManager trustManager, Path path, int certificates)
            throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustManager}, null);
        this.socketFactory = context.getSocketFactory();
        this.trustManager = trustManager;
        this.path = path;
        this.certificates = certificates;
    }

    /** The bundle named by the environment, or empty when the variable is unset or blank. */
    public static Optional<TrustBundle> fromEnvironment(Map<String, String> env) {
        String raw = env.get(VARIABLE);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(load(Path.of(raw.strip())));
    }

    /** Reads the PEM file; any problem is a set-up error naming the variable and the path. */
    public static TrustBundle load(Path path) {
        String pem;
        try {
            // A FIFO without a writer would block the read forever, a device never end it.
            BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
            if (!file.isRegularFile()) {
                throw new UnusableSetting(VARIABLE + "=" + path + " is not a regular file");
            }
            if (file.size() > MAX_BUNDLE_BYTES) {
                throw new UnusableSetting(VARIABLE + "=" + path + " is larger than " + MAX_BUNDLE_BYTES + " bytes");
            }
            pem = Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UnusableSetting(VARIABLE + "=" + path + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        List<X509Certificate> certs = parse(pem, path);
        try {
            return new TrustBundle(trustManagerFor(certs), path, certs.size());
        } catch (GeneralSecurityException | IOException e) {
            throw new UnusableSetting(VARIABLE + "=" + path + " cannot be used as a trust store ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Trusts the JDK's default CAs and this bundle's. */
    public SSLSocketFactory socketFactory() {
        return socketFactory;
    }

    /** One line for the debug log. */
    public String describe() {
        return "extra CA bundle " + path + " (" + certificates + " certificate" + (certificates == 1 ? "" : "s") + ")";
    }

    private static List<X509Certificate> parse(String pem, Path path) {
        List<X509Certificate> certs = new ArrayList<>();
        Matcher m = PEM_CERTIFICATE.matcher(pem);
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(1));
                certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new UnusableSetting(VARIABLE + "=" + path + " holds a certificate that cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (certs.isEmpty()) {
            throw new UnusableSetting(VARIABLE + "=" + path + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return certs;
    }

    /** The trust manager over the merged key store, for tests. */
    X509ExtendedTrustManager trustManager() {
        return trustManager;
    }

    /**
     * One key store holding the JDK's trusted issuers (honouring javax.net.ssl.trustStore) and the
     * bundle's certificates, so one standard PKIX trust manager decides, host-name checks included.
     */
    private static X509ExtendedTrustManager trustManagerFor(List<X509Certificate> extra)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        X509Certificate[] jdkIssuers = trustManagerOf(null).getAcceptedIssuers();
        for (int i = 0; i < jdkIssuers.length; i++) {
            store.setCertificateEntry("jdk-" + i, jdkIssuers[i]);
        }
        for (int i = 0; i < extra.size(); i++) {
            store.setCertificateEntry("spec-kitty-extra-" + i, extra.get(i));
        }
        return trustManagerOf(store);
    }

    private static X509ExtendedTrustManager trustManagerOf(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509ExtendedTrustManager");
    }
}
