package ai.speckitty.auth.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Self-signed test certificates (EC P-256, valid until 2126), made once with the JDK's keytool
 * and kept in {@code src/test/resources/.../tls/}; copied to files here because WireMock and
 * SPEC_KITTY_CA_BUNDLE want paths. The server's certificate names localhost and
 * auth.example.test, not 127.0.0.1. Re-create with:
 * <pre>
 * keytool -genkeypair -alias server -keyalg EC -groupname secp256r1 -dname CN=localhost \
 *   -ext SAN=dns:localhost,dns:auth.example.test -validity 36500 -keystore server.p12 \
 *   -storetype PKCS12 -storepass changeit -keypass changeit
 * keytool -exportcert -rfc -alias server -keystore server.p12 -storepass changeit -file server.pem
 * (the same with -alias other -dname "CN=Other Test CA" and no -ext for other.pem)
 * </pre>
 */
public final class TestCertificates {
    public static final String PASSWORD = "changeit";
    public static final String PROXIED_HOST = "auth.example.test";

    public final Path serverKeyStore;
    public final Path serverPem;
    public final Path otherPem;

    private static TestCertificates copied;

    private TestCertificates(Path dir) {
        serverKeyStore = copy("server.p12", dir);
        serverPem = copy("server.pem", dir);
        otherPem = copy("other.pem", dir);
    }

    public static synchronized TestCertificates get() {
        if (copied == null) {
            try {
                Path dir = Files.createTempDirectory("spec-kitty-http-certs");
                dir.toFile().deleteOnExit();
                copied = new TestCertificates(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copied;
    }

    private static Path copy(String name, Path dir) {
        Path target = dir.resolve(name);
        try (InputStream in = TestCertificates.class.getResourceAsStream("tls/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource tls/" + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target.toFile().deleteOnExit();
        return target;
    }
}
