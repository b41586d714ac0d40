package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6: with debug on, every call on success and failure paths; no secret may appear in the
 * debug output, in any outcome's {@code toString()} or in any exception message.
 */
class RedactionTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SENT_ACCESS = "at_secret_sent_0001";
    private static final String SENT_REFRESH = "rt_secret_sent_0002";
    private static final String NEW_ACCESS = "AT-SECRET-new-0003";
    private static final String NEW_REFRESH = "RT-SECRET-new-0004";
    private static final String CODE = "code_secret_0005";
    private static final String DEVICE = "dc_secret_0006";
    private static final String BAD_FIELD = "SECRET-IN-A-BAD-FIELD-0007";
    private static final String PROXY_PASSWORD = "PROXY-SECRET-0008";
    private static final PkceVerifier VERIFIER = PkceVerifier.fromRandomBytes("VERIFIER-SECRET-0009-0123456789".concat("x").getBytes());

    private static final String GRANT = "{\"access_token\":\"" + NEW_ACCESS + "\",\"refresh_token\":\"" + NEW_REFRESH
            + "\",\"expires_in\":3600,\"session_id\":\"sess-ok\",\"token_type\":\"Bearer\"}";

    private final List<String> seen = new ArrayList<>();
    private final List<String> debug = new ArrayList<>();
    private int calls;

    private void record(Supplier<Object> call) {
        calls++;
        seen.add(String.valueOf(call.get()));
    }

    private void answer(String method, String path, ResponseDefinitionBuilder answer) {
        wm.resetAll();
        wm.stubFor((method.equals("GET") ? get(path) : post(path)).willReturn(answer));
    }

    /** A hostile or buggy server that echoes what it received into the error envelope. */
    private static String echo(String secret) {
        return "{\"error\":\"" + secret + "\",\"error_description\":\"" + secret + "\"}";
    }

    private static ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void noSecretInDebugOutputOutcomesOrExceptions(@TempDir Path dir) throws Exception {
        AuthServer server = FeignAuthServers.create(Map.of(), debug::add).at(new ServerUrl(wm.baseUrl()));
        AccessToken access = new AccessToken(SENT_ACCESS);
        RefreshToken refresh = new RefreshToken(SENT_REFRESH);
        AuthorizationCode code = new AuthorizationCode(CODE);
        DeviceCode device = new DeviceCode(DEVICE);
        String badGrant = "{\"access_token\":\"" + NEW_ACCESS + "\",\"generation\":\"" + BAD_FIELD + "\"}";

        answer("POST", "/oauth/device", okJson("{\"device_code\":\"" + DEVICE + "\",\"user_code\":\"ABCD\",\"verification_uri\":\"https://v\"}"));
        record(server::startDeviceAuthorization);
        answer("POST", "/oauth/device", status(500, "{\"error\":\"server_error\"}"));
        record(server::startDeviceAuthorization);

        List<Function<String, ResponseDefinitionBuilder>> tokenAnswers = List.of(
                sent -> okJson(GRANT), sent -> status(400, "{\"error\":\"authorization_pending\"}"),
                sent -> status(503, echo(sent)), sent -> status(400, echo(sent)), sent -> status(401, echo(sent)),
                sent -> status(409, echo(sent)), sent -> okJson(badGrant),
                sent -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        for (Function<String, ResponseDefinitionBuilder> a : tokenAnswers) {
            answer("POST", "/oauth/token", a.apply(DEVICE));
            record(() -> server.pollDeviceToken(device));
            for (String sent : List.of(CODE, VERIFIER.value())) {
                answer("POST", "/oauth/token", a.apply(sent));
                record(() -> server.exchangeAuthorizationCode(code, "http://127.0.0.1:28888/callback", VERIFIER));
            }
            answer("POST", "/oauth/token", a.apply(SENT_REFRESH));
            record(() -> server.refresh(refresh));
        }
        for (ResponseDefinitionBuilder a : List.of(status(409, "{\"error\":\"refresh_replay_benign_retry\"}"),
                status(401, "{\"error\":\"invalid_grant\"}"))) {
            answer("POST", "/oauth/token", a);
            record(() -> server.refresh(refresh));
        }
        for (ResponseDefinitionBuilder a : List.of(okJson("{\"revoked\":true}"), status(400, echo(SENT_REFRESH)),
                aResponse().withFault(Fault.EMPTY_RESPONSE))) {
            answer("POST", "/oauth/revoke", a);
            record(() -> server.revoke(refresh));
        }
        for (ResponseDefinitionBuilder a : List.of(okJson("{\"user_id\":\"u\",\"email\":\"e@x\"}"), status(500, echo(SENT_ACCESS)),
                okJson("{\"user_id\":\"u\",\"email\":{\"x\":\"" + BAD_FIELD + "\"}}"))) {
            answer("GET", "/api/v1/me", a);
            record(() -> server.identity(access));
        }
        for (ResponseDefinitionBuilder a : List.of(okJson("{\"session_id\":\"s\",\"status\":\"active\"}"), status(503, echo(SENT_ACCESS)))) {
            answer("GET", "/api/v1/session-status", a);
            record(() -> server.sessionStatus(access));
        }
        answer("GET", "/api/v1/sync/health/", okJson("{}"));
        record(() -> server.probeSync(access));
        wm.resetAll();
        wm.stubFor(get("/api/v1/sync/health/").willReturn(aResponse().withStatus(404)));
        wm.stubFor(post("/api/v1/events/batch/").willReturn(status(400, "No events provided")));
        record(() -> server.probeSync(access));
        calls++; // the fallback is a second HTTP call
        seen.add(server.authorizeUrl("http://127.0.0.1:28888/callback", VERIFIER.s256Challenge(), "state-1"));

        seen.add(assertThrows(HttpSetupException.class, () -> FeignAuthServers.create(
                Map.of("HTTPS_PROXY", "socks5://user:" + PROXY_PASSWORD + "@proxy.test:1080"), debug::add)).getMessage());
        seen.add(assertThrows(HttpSetupException.class, () -> FeignAuthServers.create(
                Map.of("HTTPS_PROXY", "http://user:" + PROXY_PASSWORD + "@proxy.test:1080",
                        "SPEC_KITTY_CA_BUNDLE", dir.resolve("missing.pem").toString()), debug::add)).getMessage());
        FeignAuthServers.create(Map.of("HTTPS_PROXY", "http://user:" + PROXY_PASSWORD + "@proxy.test:1080"), debug::add);
        Path notPem = Files.writeString(dir.resolve("token.pem"), SENT_REFRESH);
        seen.add(assertThrows(HttpSetupException.class, () -> FeignAuthServers.create(
                Map.of("SPEC_KITTY_CA_BUNDLE", notPem.toString()), debug::add)).getMessage());

        long callLines = debug.stream().filter(l -> l.matches("http: (GET|POST) /\\S* -> .* \\(\\d+ ms\\)")).count();
        assertEquals(calls, callLines, "one debug line per HTTP call:\n" + String.join("\n", debug));
        assertTrue(debug.stream().anyMatch(l -> l.contains("proxy.test:1080") && l.contains("with proxy authentication")),
                "the proxy set-up is logged:\n" + String.join("\n", debug));
        List<String> everything = new ArrayList<>(seen);
        everything.addAll(debug);
        for (String secret : List.of(SENT_ACCESS, SENT_REFRESH, NEW_ACCESS, NEW_REFRESH, CODE, DEVICE, BAD_FIELD,
                PROXY_PASSWORD, VERIFIER.value())) {
            for (String text : everything) {
                assertFalse(text.contains(secret), "secret " + secret + " leaked in: " + text);
            }
        }
    }
}
