package ai.speckitty.auth.adapters.http.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NO_PROXY grammar and the loopback bypass, as a table. */
class NoProxyRuleTest {

    @ParameterizedTest(name = "NO_PROXY=''{0}'' host={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "example.com            | example.com         | true",
        "example.com            | api.example.com     | true",
        "example.com            | badexample.com      | false",
        ".example.com           | example.com         | true",
        ".example.com           | a.b.example.com     | true",
        "*.example.com          | x.example.com       | true",
        "EXAMPLE.com            | Api.Example.COM     | true",
        "example.com:8443       | example.com         | true",
        "a.test,  example.com   | example.com         | true",
        "a.test example.com     | example.com         | true",
        "*                      | anything.test       | true",
        "10.0.0.1               | 10.0.0.1            | true",
        "10.0.0.0/8             | 10.0.0.1            | false",
        "[2001:db8::1]:443      | [2001:db8::1]       | true",
        "2001:db8::1            | [2001:db8::1]       | true",
        "example.com            | example.com.        | true",
        "''                     | example.com         | false",
        "' , ,'                 | example.com         | false"})
    void table(String noProxy, String host, boolean matches) {
        assertEquals(matches, NoProxyRule.parse(noProxy).matches(host));
    }

    @ParameterizedTest
    @CsvSource({
        "https://localhost:8443/x, DIRECT",
        "https://127.0.0.1/x, DIRECT",
        "https://127.1.2.3/x, DIRECT",
        "https://[::1]:9/x, DIRECT",
        "https://dev.localhost/x, DIRECT",
        "http://127.0.0.1:80/x, DIRECT",
        "https://auth.example.test/x, HTTP",
        "https://127.example.test/x, HTTP"})
    void loopbackAndPlainHttpNeverUseTheProxy(String target, Proxy.Type expected) {
        ProxyRoutes routes = ProxyRoutes.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.test:3128"));

        assertEquals(expected, routes.proxyFor(URI.create(target)).type());
    }
}
