package ai.speckitty.auth.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §4.1: https, or http to a loopback host only; compared without trailing slashes. */
class ServerUrlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://app.spec-kitty.ai,              https://app.spec-kitty.ai",
        "https://app.spec-kitty.ai/,             https://app.spec-kitty.ai",
        "https://app.spec-kitty.ai///,           https://app.spec-kitty.ai",
        "https://app.spec-kitty.ai:8443/base/,   https://app.spec-kitty.ai:8443/base",
        "'  https://app.spec-kitty.ai/  ',       https://app.spec-kitty.ai",
        "http://127.0.0.1:8080,                  http://127.0.0.1:8080",
        "http://127.0.0.1:8080/,                 http://127.0.0.1:8080",
        "http://localhost:8080/,                 http://localhost:8080",
        "http://LocalHost:8080,                  http://LocalHost:8080",
        "http://[::1]:9000/,                     http://[::1]:9000",
        "http://[::1],                           http://[::1]",
    })
    void acceptsHttpsAndLoopbackHttpWithoutTrailingSlashes(String raw, String expected) {
        ServerUrl.ParseResult parsed = ServerUrl.parse(raw);
        assertEquals(Optional.empty(), parsed.problem());
        assertEquals(expected, parsed.url().orElseThrow().value());
        assertEquals(expected, parsed.url().orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://app.spec-kitty.ai",
        "http://app.spec-kitty.ai/",
        "http://10.0.0.5:8080",
        "http://127.0.0.2",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "http://[::2]",
    })
    void refusesPlainHttpToANonLoopbackHostSayingWhatIsAllowed(String raw) {
        String problem = ServerUrl.parse(raw).problem().orElseThrow();
        assertTrue(problem.contains("https://"), problem);
        assertTrue(problem.contains("loopback"), problem);
        assertTrue(ServerUrl.parse(raw).url().isEmpty());
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> new ServerUrl(raw));
        assertEquals(problem, thrown.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "app.spec-kitty.ai",
        "not a url",
        "https://",
        "https:///path",
        "://app.spec-kitty.ai",
        "ftp://app.spec-kitty.ai",
        "file:///etc/passwd",
        "mailto:ada@example.com",
        "https://exa mple.com",
        "https://app.spec-kitty.ai:notaport",
    })
    void refusesGarbage(String raw) {
        ServerUrl.ParseResult parsed = ServerUrl.parse(raw);
        assertTrue(parsed.url().isEmpty(), () -> raw + " was accepted");
        assertFalse(parsed.problem().orElseThrow().isBlank());
    }

    @Test
    void refusesNull() {
        assertEquals(Optional.of("no URL given"), ServerUrl.parse(null).problem());
        assertThrows(NullPointerException.class, () -> new ServerUrl(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.spec-kitty.ai/?next=/home",
        "https://app.spec-kitty.ai?x=1",
        "https://app.spec-kitty.ai/#frag",
        "https://ada@app.spec-kitty.ai",
        "https://ada:pw@app.spec-kitty.ai/",
        "http://user@127.0.0.1:8080",
    })
    void refusesQueryFragmentAndUserInfo(String raw) {
        String problem = ServerUrl.parse(raw).problem().orElseThrow();
        assertTrue(problem.contains("no query, fragment or user info"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://ada:hunter2-SECRET@app.spec-kitty.ai",
        "https://app.spec-kitty.ai/?access_token=tok-SECRET",
        "https://app.spec-kitty.ai/#tok-SECRET",
        "http://ada:hunter2-SECRET@app.spec-kitty.ai",
        "https://ada:hunter2-SECRET@exa mple.com/",
    })
    void aRefusalNeverRepeatsUserInfoQueryOrFragment(String raw) {
        String problem = ServerUrl.parse(raw).problem().orElseThrow();
        assertFalse(problem.contains("SECRET"), problem);
        assertFalse(problem.contains("hunter2"), problem);
        assertTrue(problem.contains("spec-kitty.ai") || problem.contains("exa mple.com"), problem);
    }

    @ParameterizedTest(name = "{0} vs {1} -> same {2}")
    @CsvSource({
        "https://app.spec-kitty.ai,        https://app.spec-kitty.ai/,      true",
        "https://app.spec-kitty.ai//,      https://app.spec-kitty.ai,       true",
        "https://app.spec-kitty.ai/base/,  https://app.spec-kitty.ai/base,  true",
        "https://app.spec-kitty.ai,        https://dev.spec-kitty.ai,       false",
        "https://app.spec-kitty.ai,        https://app.spec-kitty.ai/base,  false",
        "http://localhost:8080,            http://localhost:8081,           false",
        "http://127.0.0.1:8080,            https://127.0.0.1:8080,          false",
    })
    void sameServerAsComparesAfterStrippingTrailingSlashes(String a, String b, boolean same) {
        ServerUrl first = new ServerUrl(a);
        ServerUrl second = new ServerUrl(b);
        assertEquals(same, first.sameServerAs(second));
        assertEquals(same, second.sameServerAs(first));
        assertEquals(same, first.equals(second));
    }

    @Test
    void isNeverTheSameServerAsNothing() {
        assertFalse(new ServerUrl("https://app.spec-kitty.ai").sameServerAs(null));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "https://app.spec-kitty.ai/,      /oauth/token,  https://app.spec-kitty.ai/oauth/token",
        "https://app.spec-kitty.ai,       oauth/token,   https://app.spec-kitty.ai/oauth/token",
        "https://app.spec-kitty.ai/base/, /api/v1/me,    https://app.spec-kitty.ai/base/api/v1/me",
    })
    void resolvesPathsBelowTheServer(String server, String path, String expected) {
        assertEquals(expected, new ServerUrl(server).resolve(path));
    }

    @ParameterizedTest(name = "{0} loopback {1}")
    @CsvSource({
        "http://127.0.0.1:8080,     true",
        "http://localhost,          true",
        "http://[::1]:9000,         true",
        "https://localhost:8443,    true",
        "https://app.spec-kitty.ai, false",
    })
    void knowsWhetherItIsLoopback(String raw, boolean loopback) {
        assertEquals(loopback, new ServerUrl(raw).isLoopback());
    }

    @ParameterizedTest(name = "plain http to {0}: {1}")
    @CsvSource({
        "127.0.0.1,       true",
        "::1,             true",
        "[::1],           true",
        "LOCALHOST,       true",
        "127.0.0.2,       false",
        "localhost.evil,  false",
        "app.spec-kitty.ai, false",
    })
    void theOneListOfHostsPlainHttpMayReach(String host, boolean allowed) {
        assertEquals(allowed, ServerUrl.allowsPlainHttpTo(host));
        assertEquals(allowed, ServerUrl.parse("http://" + (host.equals("::1") ? "[::1]" : host) + ":8080").url().isPresent());
    }
}
