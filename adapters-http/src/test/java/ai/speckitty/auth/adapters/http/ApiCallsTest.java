package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ai.speckitty.auth.domain.server.Identity;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.server.SyncProbeResult;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.Team;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Identity, session status and the sync probe with its legacy fallback (SPEC §2.5–2.7). */
class ApiCallsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Characters a JWT or opaque token may hold, sent verbatim in the header. */
    private static final String ACCESS = "eyJ0.a-b_c~d+e/f=";
    private static final AccessToken TOKEN = new AccessToken(ACCESS);

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    // --- GET /api/v1/me ---

    private IdentityResult meAnswering(ResponseDefinitionBuilder answer) {
        wm.stubFor(get("/api/v1/me").willReturn(answer));
        IdentityResult result = Servers.at(wm).identity(TOKEN);
        Requests.assertBearerGet(wm, "/api/v1/me", ACCESS);
        return result;
    }

    @Test
    void identityWithTeamsNameAndRefreshExpiry() {
        IdentityResult result = meAnswering(okJson("""
                {"user_id":"u-1","email":"ada@example.com","name":"Ada","refresh_token_expires_at":"2026-12-24T00:00:00Z",
                 "teams":[{"id":"t-1","name":"Core","role":"admin"},
                          {"id":"t-2","name":"Ada's space","role":"owner","is_private_teamspace":true,"color":"red"}],
                 "avatar":"ignored"}"""));

        Identity identity = assertInstanceOf(IdentityResult.Found.class, result).identity();
        assertEquals(new Identity("u-1", "ada@example.com", Optional.of("Ada"), List.of(
                new Team(Optional.of("t-1"), "Core", Optional.of("admin"), false),
                new Team(Optional.of("t-2"), "Ada's space", Optional.of("owner"), true)),
                Optional.of(Instant.parse("2026-12-24T00:00:00Z"))), identity);
    }

    @Test
    void identityWithoutNameOrTeamsKeepsThemEmpty() {
        IdentityResult result = meAnswering(okJson("{\"user_id\":42,\"email\":\"b@example.com\"}"));

        assertEquals(new Identity("42", "b@example.com", Optional.empty(), List.of(), Optional.empty()),
                assertInstanceOf(IdentityResult.Found.class, result).identity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"email\":\"b@example.com\"}", "{\"user_id\":\"u\"}", "{\"user_id\":\"u\",\"email\":\"e\",\"teams\":[{\"id\":\"t\"}]}",
        "{\"user_id\":\"u\",\"email\":\"e\",\"teams\":\"core\"}", "plain text"})
    void identityBreakingTheContractIsMalformed(String body) {
        IdentityResult result = meAnswering(okJson(body));

        assertInstanceOf(ServerFailure.MalformedAnswer.class, assertInstanceOf(IdentityResult.Failed.class, result).failure());
    }

    @Test
    void identity401IsUnauthorized() {
        assertEquals(new IdentityResult.Unauthorized(), meAnswering(json(401, "{\"detail\":\"no\"}")));
    }

    @Test
    void identity500Fails() {
        assertEquals(new IdentityResult.Failed(new ServerFailure.HttpStatus(500, Optional.empty())), meAnswering(json(500, "")));
    }

    // --- GET /api/v1/session-status ---

    private SessionStatusResult statusAnswering(ResponseDefinitionBuilder answer) {
        wm.stubFor(get("/api/v1/session-status").willReturn(answer));
        SessionStatusResult result = Servers.at(wm).sessionStatus(TOKEN);
        LoggedRequest request = Requests.assertBearerGet(wm, "/api/v1/session-status", ACCESS);
        assertFalse(request.getUrl().contains("refresh"), "never a refresh token here");
        return result;
    }

    @Test
    void sessionStatusActiveWithGenerationAndServerDate() {
        SessionStatusResult result = statusAnswering(okJson(
                "{\"session_id\":\"sess-9\",\"status\":\"active\",\"current_generation\":3,\"created_at\":\"2026-01-01T00:00:00Z\"}")
                .withHeader("Date", "Tue, 15 Nov 1994 08:12:31 GMT"));

        assertEquals(new SessionStatusResult.Active("sess-9", OptionalLong.of(3),
                Optional.of(Instant.parse("1994-11-15T08:12:31Z"))), result);
    }

    @Test
    void sessionStatus401IsInvalidWithTheServerDate() {
        SessionStatusResult result = statusAnswering(json(401, "{\"error\":\"unauthorized\"}")
                .withHeader("Date", "Wed, 02 Dec 2026 10:00:00 GMT"));

        assertEquals(new SessionStatusResult.Invalid(Optional.of(Instant.parse("2026-12-02T10:00:00Z"))), result);
    }

    @Test
    void sessionStatusWithAnUnreadableDateKeepsItEmpty() {
        SessionStatusResult result = statusAnswering(json(401, "").withHeader("Date", "yesterday"));

        assertEquals(new SessionStatusResult.Invalid(Optional.empty()), result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\":\"active\"}", "{\"session_id\":\"s\",\"status\":\"revoked\"}", "[]"})
    void sessionStatus200BreakingTheContractIsMalformed(String body) {
        SessionStatusResult result = statusAnswering(okJson(body));

        assertInstanceOf(ServerFailure.MalformedAnswer.class, assertInstanceOf(SessionStatusResult.Failed.class, result).failure());
    }

    @Test
    void sessionStatus503Fails() {
        assertEquals(new SessionStatusResult.Failed(new ServerFailure.HttpStatus(503, Optional.empty())), statusAnswering(json(503, "")));
    }

    // --- GET /api/v1/sync/health/, fallback POST /api/v1/events/batch/ ---

    @Test
    void syncHealth200IsConnectedWithoutFallback() {
        wm.stubFor(get("/api/v1/sync/health/").willReturn(okJson("{\"status\":\"ok\"}")));

        assertEquals(new SyncProbeResult.Connected(200, false), Servers.at(wm).probeSync(TOKEN));
        Requests.assertBearerGet(wm, "/api/v1/sync/health/", ACCESS);
    }

    @ParameterizedTest
    @CsvSource({
        "404, 200, '{\"accepted\":0}', true",
        "405, 400, '{\"error\":\"No events provided\"}', true",
        "404, 400, 'No events provided in the batch', true",
        "404, 400, '{\"error\":\"bad batch\"}', false",
        "405, 401, '', false",
        "404, 403, 'No events provided', false",
        "404, 404, '', false"})
    void syncHealth404Or405FallsBackToAnEmptyLegacyBatch(int health, int batch, String batchBody, boolean connected) {
        wm.stubFor(get("/api/v1/sync/health/").willReturn(aResponse().withStatus(health)));
        wm.stubFor(post("/api/v1/events/batch/").willReturn(aResponse().withStatus(batch).withBody(batchBody)));

        SyncProbeResult result = Servers.at(wm).probeSync(TOKEN);

        assertEquals(connected ? new SyncProbeResult.Connected(batch, true) : new SyncProbeResult.Answered(batch), result);
        List<LoggedRequest> requests = Requests.all(wm);
        assertEquals(2, requests.size());
        assertEquals("/api/v1/sync/health/", requests.get(0).getUrl());
        LoggedRequest fallback = requests.get(1);
        assertEquals("POST", fallback.getMethod().getName());
        assertEquals("/api/v1/events/batch/", fallback.getUrl());
        assertEquals("Bearer " + ACCESS, fallback.getHeader("Authorization"));
        assertEquals("application/json", fallback.getHeader("Content-Type"));
        assertEquals("{\"events\":[]}", fallback.getBodyAsString().replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 500, 502, 503, 504, 204, 301})
    void syncHealthOtherStatusIsAnsweredWithoutFallback(int status) {
        wm.stubFor(get("/api/v1/sync/health/").willReturn(aResponse().withStatus(status)
                .withHeader("Location", wm.baseUrl() + "/api/v1/sync/health/")));

        assertEquals(new SyncProbeResult.Answered(status), Servers.at(wm).probeSync(TOKEN));
        Requests.assertBearerGet(wm, "/api/v1/sync/health/", ACCESS);
    }

    @Test
    void syncProbeRefusedIsUnreachable() throws Exception {
        SyncProbeResult result = Servers.at("http://127.0.0.1:" + Requests.closedPort()).probeSync(TOKEN);

        assertEquals(new SyncProbeResult.Unreachable(TransportProblem.CONNECTION_REFUSED), result);
    }

    @Test
    void syncProbeUsesItsOwnTimeout() {
        wm.stubFor(get("/api/v1/sync/health/").willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        wm.stubFor(get("/api/v1/me").willReturn(okJson("{\"user_id\":\"u\",\"email\":\"e\"}").withFixedDelay(600)));
        FeignAuthServers servers = FeignAuthServers.create(java.util.Map.of(), null,
                new HttpSettings(Duration.ofSeconds(5), Duration.ofMillis(300)));
        var server = servers.at(new ai.speckitty.auth.domain.session.ServerUrl(wm.baseUrl()));

        assertEquals(new SyncProbeResult.Unreachable(TransportProblem.TIMEOUT), server.probeSync(TOKEN));
        assertInstanceOf(IdentityResult.Found.class, server.identity(TOKEN), "other calls keep the longer timeout");
    }
}
