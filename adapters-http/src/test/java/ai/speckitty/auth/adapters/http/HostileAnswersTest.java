package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.Identity;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.Team;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value a server hands us is checked before it becomes a domain value (issue 7, finding 1):
 * a token, code, session id or URL that breaks the contract makes the answer a failed answer that
 * names the field, never the value, neither in the result nor in a {@code --debug} line.
 */
class HostileAnswersTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String MARK = HostileClient.MARK;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PkceVerifier VERIFIER = PkceVerifier.fromRandomBytes(new byte[32]);

    /** Values no token may be: each breaks RFC 6750 b64token (the case first). */
    static Stream<String> hostileTokens() {
        return Stream.concat(Stream.of(MARK + "=x"), notVisibleAscii());
    }

    /** Values no code or session id may be either: not visible ASCII, or far too long. */
    static Stream<String> notVisibleAscii() {
        return Stream.of(
                "at_\"" + MARK + "\nX",
                MARK + "\r\nX-Injected: yes",
                MARK + " token",
                MARK + "tökén",
                MARK + "\u001b[31mred",
                MARK + "\u202eevil",
                MARK + "\u0000",
                MARK + "a".repeat(5000));
    }

    private static final String ACCESS_FIELD = "access_token is not an RFC 6750 token";
    private static final String REFRESH_FIELD = "refresh_token is not an RFC 6750 token";
    private static final String SESSION_FIELD = "session_id is not a session id (visible ASCII, at most 256 characters)";

    static Stream<Arguments> hostileTokenAnswers() {
        List<Arguments> cases = new ArrayList<>();
        hostileTokens().forEach(v -> {
            cases.add(Arguments.of("access_token", v, ACCESS_FIELD));
            cases.add(Arguments.of("refresh_token", v, REFRESH_FIELD));
        });
        notVisibleAscii().forEach(v -> cases.add(Arguments.of("session_id", v, SESSION_FIELD)));
        return cases.stream();
    }

    @ParameterizedTest(name = "refresh: {0} #{index}")
    @MethodSource("hostileTokenAnswers")
    void aRefreshAnswerWithAHostileValueIsAFailedAnswerNamingTheField(String field, String value, String what) {
        stubToken(tokenAnswer(field, value));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        RefreshResult result = client.clean(client.server.refresh(new RefreshToken("rt")));

        assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, what)), result);
        assertTrue(client.debug.get(1).matches("http: POST /oauth/token -> 200 \\(\\d+ ms\\)"), client.debug.get(1));
    }

    @ParameterizedTest(name = "code exchange: {0} #{index}")
    @MethodSource("hostileTokenAnswers")
    void aCodeExchangeAnswerWithAHostileValueIsAFailedAnswer(String field, String value, String what) {
        stubToken(tokenAnswer(field, value));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        CodeExchangeResult result = client.clean(client.server.exchangeAuthorizationCode(
                new AuthorizationCode("ac"), "http://127.0.0.1:1/callback", VERIFIER));

        assertEquals(new CodeExchangeResult.Failed(new ServerFailure.MalformedAnswer(200, what)), result);
    }

    @ParameterizedTest(name = "device poll: {0} #{index}")
    @MethodSource("hostileTokenAnswers")
    void aDevicePollAnswerWithAHostileValueIsAFailedAnswer(String field, String value, String what) {
        stubToken(tokenAnswer(field, value));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        DevicePollResult result = client.clean(client.server.pollDeviceToken(new DeviceCode("dc")));

        assertEquals(new DevicePollResult.Failed(new ServerFailure.MalformedAnswer(200, what)), result);
    }

    @Test
    void aTokenTypeOtherThanBearerIsAFailedAnswer() {
        stubToken(tokenAnswer("token_type", "MAC" + MARK));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, "token_type is not Bearer")),
                client.clean(client.server.refresh(new RefreshToken("rt"))));
    }

    @Test
    void aScopeWithControlCharactersOrTooLongIsAFailedAnswer() {
        HostileClient client = HostileClient.answering(wm.baseUrl());
        RefreshResult expected = new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200,
                "scope is not an OAuth scope (at most 1024 characters)"));
        for (String scope : List.of("offline_access\n" + MARK, MARK + "x".repeat(1100), "\"" + MARK + "\"")) {
            wm.resetAll();
            stubToken(tokenAnswer("scope", scope));
            assertEquals(expected, client.clean(client.server.refresh(new RefreshToken("rt"))));
        }
    }

    @Test
    void aNegativeGenerationIsAFailedAnswerSinceTheCredentialsReaderWouldRefuseIt() {
        stubToken(tokenAnswer("generation", -1L));

        assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, "generation is negative")),
                HostileClient.answering(wm.baseUrl()).server.refresh(new RefreshToken("rt")));
    }

    @ParameterizedTest
    @MethodSource("hugeLifetimes")
    void aLifetimeThatWouldOverflowADateIsAFailedAnswer(String field, long seconds) {
        stubToken(tokenAnswer(field, seconds));

        assertEquals(new RefreshResult.Failed(new ServerFailure.MalformedAnswer(200, field + " is more than 315360000 seconds")),
                HostileClient.answering(wm.baseUrl()).server.refresh(new RefreshToken("rt")));
    }

    static Stream<Arguments> hugeLifetimes() {
        return Stream.of(Arguments.of("expires_in", Long.MAX_VALUE), Arguments.of("expires_in", 315_360_001L),
                Arguments.of("refresh_token_expires_in", Long.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("hugeDeviceTimes")
    void aDeviceAuthorizationWithAHugeExpiryOrIntervalIsAFailedAnswer(String field, long seconds) {
        wm.stubFor(post("/oauth/device").willReturn(okJson(json(deviceAnswer(field, seconds)))));

        assertEquals(new DeviceAuthorizationResult.Failed(new ServerFailure.MalformedAnswer(200, field + " is more than 86400 seconds")),
                HostileClient.answering(wm.baseUrl()).server.startDeviceAuthorization());
    }

    static Stream<Arguments> hugeDeviceTimes() {
        return Stream.of(Arguments.of("expires_in", Long.MAX_VALUE), Arguments.of("interval", 86_401L));
    }

    @Test
    void aValidAnswerAtTheLimitsIsStillAccepted() {
        String longest = "t".repeat(4090) + "+/==";
        stubToken(tokenAnswer("access_token", longest));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        RefreshResult result = client.server.refresh(new RefreshToken("rt"));

        assertEquals(longest, ((RefreshResult.Rotated) result).grant().accessToken().value());
    }

    // ---- device authorization ------------------------------------------------------------------

    static Stream<Arguments> hostileDeviceAnswers() {
        List<Arguments> cases = new ArrayList<>();
        notVisibleAscii().forEach(v -> cases.add(Arguments.of("device_code", v,
                "device_code is not a code (visible ASCII, at most 2048 characters)")));
        Stream.of(MARK + "\u001b[2J", MARK + " 1234", MARK + "x".repeat(60), MARK + "ü")
                .forEach(v -> cases.add(Arguments.of("user_code", v,
                        "user_code is not a user code (visible ASCII, at most 64 characters)")));
        for (String field : List.of("verification_uri", "verification_uri_complete")) {
            hostileUris().forEach(v -> cases.add(Arguments.of(field, v,
                    field + " is not an https URL (at most 2048 characters)")));
        }
        return cases.stream();
    }

    static Stream<String> hostileUris() {
        return Stream.of(
                "http://sso.example.com/device?" + MARK,
                "javascript:alert('" + MARK + "')",
                "/device/" + MARK,
                "https:" + MARK,
                "https://sso.example.com/device/" + MARK + "x".repeat(2100),
                "https://sso.example.com/\u001b]0;" + MARK + "\u0007",
                "https://sso.example.com/\u202e" + MARK,
                "https://sso.example.com/ " + MARK,
                "https://sso.example.com/\n" + MARK);
    }

    @ParameterizedTest(name = "device authorization: {0} #{index}")
    @MethodSource("hostileDeviceAnswers")
    void aDeviceAuthorizationWithAHostileValueIsAFailedAnswerNamingTheField(String field, String value, String what) {
        wm.stubFor(post("/oauth/device").willReturn(okJson(json(deviceAnswer(field, value)))));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        DeviceAuthorizationResult result = client.clean(client.server.startDeviceAuthorization());

        assertEquals(new DeviceAuthorizationResult.Failed(new ServerFailure.MalformedAnswer(200, what)), result);
    }

    @Test
    void aVerificationUriOverHttpToLoopbackIsAccepted() {
        wm.stubFor(post("/oauth/device").willReturn(okJson(json(deviceAnswer("verification_uri", "http://127.0.0.1:8080/device")))));

        DeviceAuthorizationResult result = Servers.at(wm).startDeviceAuthorization();

        assertEquals("http://127.0.0.1:8080/device", ((DeviceAuthorizationResult.Started) result).authorization().verificationUri());
    }

    // ---- session status and /me --------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("notVisibleAscii")
    void aSessionStatusWithAHostileSessionIdIsAFailedAnswer(String sessionId) {
        wm.stubFor(get("/api/v1/session-status").willReturn(okJson(json(Map.of("session_id", sessionId, "status", "active")))));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        SessionStatusResult result = client.clean(client.server.sessionStatus(new AccessToken("at")));

        assertEquals(new SessionStatusResult.Failed(new ServerFailure.MalformedAnswer(200, SESSION_FIELD)), result);
    }

    static Stream<Arguments> overlongIdentities() {
        String x = MARK + "x".repeat(400);
        return Stream.of(
                Arguments.of(me("user_id", x, team("t1", "Team", "owner")), "user_id is longer than 256 characters"),
                Arguments.of(me("email", x + "@example.com", team("t1", "Team", "owner")), "email is longer than 320 characters"),
                Arguments.of(me("name", x, team("t1", "Team", "owner")), "name is longer than 256 characters"),
                Arguments.of(me("name", "N", team("t1", x, "owner")), "a team's name is longer than 256 characters"),
                Arguments.of(me("name", "N", team(x, "Team", "owner")), "a team's id is longer than 256 characters"),
                Arguments.of(me("name", "N", team("t1", "Team", x)), "a team's role is longer than 64 characters"),
                Arguments.of(me("refresh_token_expires_at", "2030-01-01T00:00:00Z" + x, team("t1", "Team", "owner")),
                        "refresh_token_expires_at is not an ISO-8601 time"));
    }

    @ParameterizedTest
    @MethodSource("overlongIdentities")
    void anIdentityWithAnOverlongFieldIsAFailedAnswerNamingIt(Map<String, Object> body, String what) {
        wm.stubFor(get("/api/v1/me").willReturn(okJson(json(body))));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        IdentityResult result = client.clean(client.server.identity(new AccessToken("at")));

        assertEquals(new IdentityResult.Failed(new ServerFailure.MalformedAnswer(200, what)), result);
    }

    @Test
    void anIdentityWithTooManyTeamsIsAFailedAnswer() {
        List<Object> teams = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            teams.add(team("t" + i, "Team " + i, "member"));
        }
        wm.stubFor(get("/api/v1/me").willReturn(okJson(json(Map.of("user_id", "u", "email", "e@example.com", "teams", teams)))));

        assertEquals(new IdentityResult.Failed(new ServerFailure.MalformedAnswer(200, "teams has more than 1000 entries")),
                Servers.at(wm).identity(new AccessToken("at")));
    }

    @Test
    void controlCharactersInIdentityTextAreKeptForTheCliToNeutralise() {
        String name = "Eve\u001b[31m\u001b]0;owned\u0007\u202e";
        String email = "eve\u0085@example.com";
        String teamName = "Red\u009b31mTeam";
        wm.stubFor(get("/api/v1/me").willReturn(okJson(json(Map.of("user_id", "u1", "email", email, "name", name,
                "teams", List.of(team("t1", teamName, "owner")))))));
        HostileClient client = HostileClient.answering(wm.baseUrl());

        IdentityResult result = client.server.identity(new AccessToken("at"));

        assertEquals(new IdentityResult.Found(new Identity("u1", email, Optional.of(name),
                List.of(new Team(Optional.of("t1"), teamName, Optional.of("owner"), false)), Optional.empty())), result);
        client.debug.forEach(line -> assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '…'),
                () -> "a debug line with a control character: " + line));
    }

    @Test
    void controlCharactersInAnErrorAreNeverCarried() {
        HostileClient client = HostileClient.answering(wm.baseUrl());
        String description = "\u001b]0;owned\u0007\u001b[2J " + MARK;

        stubTokenError(400, Map.of("error", "invalid_grant", "error_description", description));
        assertEquals(new RefreshResult.Rejected("invalid_grant"), client.clean(client.server.refresh(new RefreshToken("rt"))));

        wm.resetAll();
        stubTokenError(400, Map.of("error", "invalid_grant\u001b[31m" + MARK, "error_description", description));
        assertEquals(new RefreshResult.Failed(new ServerFailure.HttpStatus(400, Optional.empty())),
                client.clean(client.server.refresh(new RefreshToken("rt"))));

        wm.resetAll();
        stubTokenError(409, Map.of("error", "refresh_replay_benign_retry", "error_description", description,
                "retry_after", 1e308));
        assertEquals(new RefreshResult.ReplayDetected(5), client.clean(client.server.refresh(new RefreshToken("rt"))));

        wm.resetAll();
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"" + "e".repeat(100_000) + "\",\"error_description\":\"" + MARK + "\"}")));
        assertEquals(new RefreshResult.Failed(new ServerFailure.HttpStatus(400, Optional.empty())),
                client.clean(client.server.refresh(new RefreshToken("rt"))));
    }

    // ---- bodies --------------------------------------------------------------------------------

    private static void stubToken(Map<String, Object> body) {
        wm.stubFor(post("/oauth/token").willReturn(okJson(json(body))));
    }

    private static void stubTokenError(int status, Map<String, Object> body) {
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json(body))));
    }

    /** A complete login-grade token answer with {@code field} set to {@code value}. */
    private static Map<String, Object> tokenAnswer(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", "at_new");
        body.put("token_type", "Bearer");
        body.put("expires_in", 3600);
        body.put("refresh_token", "rt_new");
        body.put("session_id", "sess_1");
        body.put("scope", "offline_access");
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> deviceAnswer(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("device_code", "dc_1");
        body.put("user_code", "ABCD-EFGH");
        body.put("verification_uri", "https://sso.example.com/device");
        body.put("verification_uri_complete", "https://sso.example.com/device?user_code=ABCD-EFGH");
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> me(String field, Object value, Map<String, Object> team) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_id", "u1");
        body.put("email", "u1@example.com");
        body.put("teams", List.of(team));
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> team(String id, String name, String role) {
        return Map.of("id", id, "name", name, "role", role);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
