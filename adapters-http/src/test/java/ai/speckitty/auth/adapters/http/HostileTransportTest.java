package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.server.SyncProbeResult;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Servers that misbehave on the wire (issue 7, finding 2): every call ends by its one total
 * deadline however the answer dribbles, a huge body is refused rather than cut, redirects are not
 * followed, and a body shorter than announced is a lost connection. Results are exact values;
 * nothing hostile reaches a result or a {@code --debug} line.
 */
class HostileTransportTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TOKEN_BODY = "{\"access_token\":\"at_new\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"refresh_token\":\"rt_new\",\"session_id\":\"sess_1\",\"scope\":\"offline_access\"}";
    private static final TokenGrant GRANT = new TokenGrant(new AccessToken("at_new"), OptionalLong.of(3600),
            Optional.of(new RefreshToken("rt_new")), Optional.of("sess_1"), Optional.of("offline_access"),
            Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
    private static final ServerFailure TIMEOUT = new ServerFailure.Transport(TransportProblem.TIMEOUT);
    /** How long after its deadline a call may still end on a busy machine. */
    private static final Duration MARGIN = Duration.ofMillis(1000);
    private static final int FIVE_MB = 5 * 1024 * 1024;

    // ---- one total deadline ------------------------------------------------------------------

    /** A complete answer, sent one chunk per second: each read succeeds, the whole never arrives in time. */
    private static ResponseDefinitionBuilder trickle(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)
                .withChunkedDribbleDelay(body.length(), body.length() * 1000);
    }

    @Test
    void aTrickledRefreshEndsAtItsDeadlineAsATimeout() {
        wm.stubFor(post("/oauth/token").willReturn(trickle(200, TOKEN_BODY)));
        HostileClient client = HostileClient.at(wm.baseUrl());

        RefreshResult result = timed(HostileClient.DEADLINE, () -> client.server.refresh(new RefreshToken("rt")));

        assertEquals(new RefreshResult.Failed(TIMEOUT), client.clean(result));
        assertTrue(client.debug.get(1).matches("http: POST /oauth/token -> failed: timed out \\(\\d+ ms\\)"),
                client.debug.get(1));
    }

    @Test
    void everyKindOfCallHasTheDeadline() {
        wm.stubFor(post("/oauth/token").willReturn(trickle(200, TOKEN_BODY)));
        wm.stubFor(post("/oauth/revoke").willReturn(trickle(200, "{\"revoked\":true}      ")));
        wm.stubFor(get("/api/v1/me").willReturn(trickle(200, "{\"user_id\":\"u\",\"email\":\"e@example.com\"}")));
        wm.stubFor(get("/api/v1/session-status").willReturn(trickle(200, "{\"session_id\":\"s\",\"status\":\"active\"}")));
        HostileClient client = HostileClient.at(wm.baseUrl());
        Duration deadline = HostileClient.DEADLINE;

        assertEquals(new DevicePollResult.Failed(TIMEOUT), timed(deadline, () -> client.server.pollDeviceToken(new DeviceCode("dc"))));
        assertEquals(RevokeOutcome.NETWORK_ERROR, timed(deadline, () -> client.server.revoke(new RefreshToken("rt"))));
        assertEquals(new IdentityResult.Failed(TIMEOUT), timed(deadline, () -> client.server.identity(new AccessToken("at"))));
        assertEquals(new SessionStatusResult.Failed(TIMEOUT), timed(deadline, () -> client.server.sessionStatus(new AccessToken("at"))));
    }

    @Test
    void theSyncProbeHasItsOwnShorterDeadline() {
        wm.stubFor(get("/api/v1/sync/health/").willReturn(trickle(200, "{\"status\":\"ok\",\"padding\":\"xxxxxxxx\"}")));
        Duration probe = Duration.ofMillis(800);
        var server = FeignAuthServers.create(java.util.Map.of(), null, new HttpSettings(Duration.ofSeconds(20), probe))
                .atUrl(wm.baseUrl());

        assertEquals(new SyncProbeResult.Unreachable(TransportProblem.TIMEOUT),
                timed(probe, () -> server.probeSync(new AccessToken("at"))));
    }

    @Test
    void headersThenSilenceEndsAtTheDeadline() throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering(out -> {
            RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"acc");
            Thread.sleep(60_000);
        })) {
            HostileClient client = HostileClient.at(raw.baseUrl());

            RefreshResult result = timed(HostileClient.DEADLINE, () -> client.server.refresh(new RefreshToken("rt")));

            assertEquals(new RefreshResult.Failed(TIMEOUT), client.clean(result));
            assertEquals(1, raw.requests(), "sent once, never again");
        }
    }

    @Test
    void noAnswerAtAllEndsAtTheDeadline() throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering(out -> Thread.sleep(60_000))) {
            HostileClient client = HostileClient.at(raw.baseUrl());

            assertEquals(new RefreshResult.Failed(TIMEOUT),
                    timed(HostileClient.DEADLINE, () -> client.server.refresh(new RefreshToken("rt"))));
        }
    }

    @Test
    void http10WithoutALengthWhoseBodyNeverEndsEndsAtTheDeadline() throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering(out -> {
            RawHttpServer.write(out, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n");
            for (int i = 0; i < 600; i++) {
                RawHttpServer.write(out, " ");
                Thread.sleep(100);
            }
        })) {
            HostileClient client = HostileClient.at(raw.baseUrl());

            assertEquals(new RefreshResult.Failed(TIMEOUT),
                    timed(HostileClient.DEADLINE, () -> client.server.refresh(new RefreshToken("rt"))));
        }
    }

    @Test
    void anInterruptDoesNotAbandonASentRequestAndIsPassedOn() throws Exception {
        wm.stubFor(post("/oauth/token").willReturn(okJson(TOKEN_BODY).withFixedDelay(600)));
        HostileClient client = HostileClient.at(wm.baseUrl());
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                return;
            }
            caller.interrupt();
        });
        interrupter.start();

        RefreshResult result = client.server.refresh(new RefreshToken("rt"));
        boolean interrupted = Thread.interrupted();
        interrupter.join();

        assertEquals(new RefreshResult.Rotated(GRANT), result, "the answer is still read, so it can be stored");
        assertTrue(interrupted, "the interrupt is kept for the caller");
    }

    // ---- size and length -----------------------------------------------------------------------

    @Test
    void aFiveMegabyteAnswerIsTooLargeNotCut() {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"" + "a".repeat(FIVE_MB) + "\"}")));
        wm.stubFor(get("/api/v1/me").willReturn(aResponse().withStatus(401).withBody(" ".repeat(FIVE_MB))));
        HostileClient client = HostileClient.at(wm.baseUrl(), Duration.ofSeconds(10));

        assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, "answer too large")),
                client.clean(client.server.refresh(new RefreshToken("rt"))));
        assertEquals(new IdentityResult.Failed(new ServerFailure.MalformedAnswer(401, "answer too large")),
                client.clean(client.server.identity(new AccessToken("at"))));
        assertTrue(client.debug.get(1).matches("http: POST /oauth/token -> failed: HTTP 200, answer too large \\(\\d+ ms\\)"),
                client.debug.get(1));
    }

    @Test
    void aFiveMegabyteAnswerWithoutALengthIsTooLargeToo() throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering(out -> {
            RawHttpServer.write(out, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"access_token\":\"");
            byte[] block = "a".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < FIVE_MB / block.length; i++) {
                out.write(block);
            }
            RawHttpServer.write(out, "\"}");
        })) {
            HostileClient client = HostileClient.at(raw.baseUrl(), Duration.ofSeconds(10));

            assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, "answer too large")),
                    client.clean(client.server.refresh(new RefreshToken("rt"))));
        }
    }

    @Test
    void aRevokeAnswerTooLargeIsAServerFailure() {
        wm.stubFor(post("/oauth/revoke").willReturn(okJson("{\"revoked\":true,\"pad\":\"" + "x".repeat(FIVE_MB) + "\"}")));

        assertEquals(RevokeOutcome.SERVER_FAILURE, HostileClient.at(wm.baseUrl()).server.revoke(new RefreshToken("rt")));
    }

    @Test
    void http10WithoutContentLengthIsReadToTheEnd() throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering(out ->
                RawHttpServer.write(out, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + TOKEN_BODY))) {
            HostileClient client = HostileClient.at(raw.baseUrl());

            assertEquals(new RefreshResult.Rotated(GRANT), client.server.refresh(new RefreshToken("rt")));
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsALostConnection() throws Exception {
        try (RawHttpServer raw = RawHttpServer.answering(out -> RawHttpServer.write(out,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + (TOKEN_BODY.length() + 50)
                        + "\r\nConnection: close\r\n\r\n" + TOKEN_BODY))) {
            HostileClient client = HostileClient.at(raw.baseUrl());

            assertEquals(new RefreshResult.Failed(new ServerFailure.Transport(TransportProblem.CONNECTION_LOST)),
                    client.clean(client.server.refresh(new RefreshToken("rt"))));
        }
    }

    @Test
    void chunkedTransferWinsOverAContentLengthThatDisagrees() throws Exception {
        String chunked = Integer.toHexString(TOKEN_BODY.length()) + "\r\n" + TOKEN_BODY + "\r\n0\r\n\r\n";
        try (RawHttpServer raw = RawHttpServer.answering(out -> RawHttpServer.write(out,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 9999"
                        + "\r\nConnection: close\r\n\r\n" + chunked))) {
            HostileClient client = HostileClient.at(raw.baseUrl());

            assertEquals(new RefreshResult.Rotated(GRANT), client.server.refresh(new RefreshToken("rt")));
        }
    }

    // ---- redirects -----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"ELSEWHERE", "http://10.255.255.1/oauth/token", "http://sso.example.com/oauth/token",
        "https://sso.example.com/oauth/token"})
    void aRedirectIsNeverFollowedAnywhere(String location) {
        String target = location.equals("ELSEWHERE") ? elsewhere.baseUrl() + "/oauth/token" : location;
        elsewhere.stubFor(any(anyUrl()).willReturn(okJson(TOKEN_BODY)));
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(307).withHeader("Location", target)));
        wm.stubFor(get("/api/v1/me").willReturn(aResponse().withStatus(302).withHeader("Location", target)));
        HostileClient client = HostileClient.at(wm.baseUrl());

        assertEquals(new RefreshResult.Failed(new ServerFailure.HttpStatus(307, Optional.empty())),
                client.clean(client.server.refresh(new RefreshToken("rt"))));
        assertEquals(new IdentityResult.Failed(new ServerFailure.HttpStatus(302, Optional.empty())),
                client.clean(client.server.identity(new AccessToken("at"))));
        assertEquals(0, elsewhere.getAllServeEvents().size(), "nothing reached the redirect target");
    }

    // ---- measured ------------------------------------------------------------------------------

    /** Runs {@code call}, asserting it ended no later than {@code deadline} plus a margin. */
    private static <T> T timed(Duration deadline, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(deadline.plus(MARGIN)) <= 0, "took " + took.toMillis() + " ms, deadline " + deadline.toMillis() + " ms");
        return result;
    }
}
