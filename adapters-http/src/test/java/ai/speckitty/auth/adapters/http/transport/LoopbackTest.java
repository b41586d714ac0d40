package ai.speckitty.auth.adapters.http.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.session.ServerUrl;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transport's second check of the plain-http rule agrees with ServerUrl's host list (SPEC §4.1, §6). */
class LoopbackTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "localhost", "LocalHost", "127.0.0.2", "example.com", "localhost.example.com"})
    void plainHttpIsSentExactlyWhereServerUrlAcceptsIt(String host) {
        URI url = URI.create("http://" + host + ":8080/oauth/token");

        assertEquals(ServerUrl.allowsPlainHttpTo(url.getHost()), Loopback.plainHttpRefusal(url).isEmpty(), host);
        assertEquals(ServerUrl.parse("http://" + host + ":8080").url().isPresent(), Loopback.plainHttpRefusal(url).isEmpty(), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/x", "https://127.0.0.1:8443/x"})
    void httpsIsAlwaysSent(String url) {
        assertTrue(Loopback.plainHttpRefusal(URI.create(url)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/x", "http://10.0.0.1/x"})
    void otherSchemesAndOtherHostsAreRefusedNamingTheHost(String url) {
        String refusal = Loopback.plainHttpRefusal(URI.create(url)).orElseThrow();
        assertTrue(refusal.contains(URI.create(url).getHost()), refusal);
    }
}
