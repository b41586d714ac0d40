package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.get;
import static ai.speckitty.auth.sandbox.TestHttp.postForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserFlowTest {

    private static final String CALLBACK = "http://127.0.0.1:28888/callback";

    private final Sandbox sandbox = Sandbox.start();
    private final String verifier = verifier();
    private final String state = "st-" + verifier.substring(0, 8);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void authorize_redirects_straight_to_the_callback_and_the_code_buys_tokens_once() throws Exception {
        TestHttp.Answer redirect = get(authorizeUrl(params()));

        assertEquals(302, redirect.status());
        Map<String, String> callback = callbackQuery(redirect, CALLBACK);
        assertEquals(state, callback.get("state"));
        String code = callback.get("code");

        TestHttp.Answer tokens = exchange(code, CALLBACK, verifier);
        assertEquals(200, tokens.status());
        JsonNode body = tokens.json();
        for (String field : new String[] {"access_token", "refresh_token", "expires_in", "session_id"}) {
            assertTrue(body.hasNonNull(field), field);
        }
        assertFalse(body.has("generation"), "generation belongs to refresh responses");
        assertEquals(200, TestHttp.getBearer(sandbox.url(Sandbox.ME_PATH), body.get("access_token").asText()).status());

        TestHttp.Answer again = exchange(code, CALLBACK, verifier);
        assertEquals(400, again.status());
        assertEquals("invalid_grant", again.error());
    }

    @Test
    void a_wrong_verifier_is_invalid_grant() throws Exception {
        String code = callbackQuery(get(authorizeUrl(params())), CALLBACK).get("code");
        TestHttp.Answer answer = exchange(code, CALLBACK, verifier());
        assertEquals(400, answer.status());
        assertEquals("invalid_grant", answer.error());
    }

    @Test
    void the_redirect_uri_must_be_exactly_the_one_sent() throws Exception {
        String code = callbackQuery(get(authorizeUrl(params())), CALLBACK).get("code");
        TestHttp.Answer answer = exchange(code, "http://127.0.0.1:28889/callback", verifier);
        assertEquals("invalid_grant", answer.error());
    }

    @Test
    void the_exchange_needs_every_field_and_the_right_client() throws Exception {
        String code = callbackQuery(get(authorizeUrl(params())), CALLBACK).get("code");
        TestHttp.Answer noVerifier = postForm(sandbox.url(Sandbox.TOKEN_PATH), "grant_type", "authorization_code",
                "code", code, "redirect_uri", CALLBACK, "client_id", "cli_native");
        assertEquals("invalid_request", noVerifier.error());
        TestHttp.Answer otherClient = postForm(sandbox.url(Sandbox.TOKEN_PATH), "grant_type", "authorization_code",
                "code", code, "redirect_uri", CALLBACK, "client_id", "other", "code_verifier", verifier);
        assertEquals(401, otherClient.status());
        assertEquals("invalid_client", otherClient.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:28888/callback", "https://127.0.0.1:28888/callback",
            "http://127.0.0.1:28888/other", "http://127.0.0.1/callback", "http://evil.example/callback"})
    void a_redirect_uri_that_is_not_the_loopback_callback_is_refused_without_redirecting(String redirectUri) throws Exception {
        Map<String, String> params = params();
        params.put("redirect_uri", redirectUri);
        TestHttp.Answer answer = get(authorizeUrl(params));
        assertEquals(400, answer.status());
        assertNull(answer.header("Location"));
        assertEquals("invalid_request", answer.error());
    }

    @Test
    void an_unknown_client_is_refused_without_redirecting() throws Exception {
        Map<String, String> params = params();
        params.put("client_id", "someone");
        TestHttp.Answer answer = get(authorizeUrl(params));
        assertEquals(400, answer.status());
        assertNull(answer.header("Location"));
    }

    @Test
    void request_errors_are_redirected_with_the_state() throws Exception {
        Map<String, String> plain = params();
        plain.put("code_challenge_method", "plain");
        assertEquals("invalid_request", callbackQuery(get(authorizeUrl(plain)), CALLBACK).get("error"));

        Map<String, String> token = params();
        token.put("response_type", "token");
        assertEquals("unsupported_response_type", callbackQuery(get(authorizeUrl(token)), CALLBACK).get("error"));

        Map<String, String> scope = params();
        scope.put("scope", "profile");
        Map<String, String> scoped = callbackQuery(get(authorizeUrl(scope)), CALLBACK);
        assertEquals("invalid_scope", scoped.get("error"));
        assertEquals(state, scoped.get("state"));

        Map<String, String> noState = params();
        noState.remove("state");
        assertEquals("invalid_request", callbackQuery(get(authorizeUrl(noState)), CALLBACK).get("error"));
    }

    @Test
    void deny_mode_redirects_with_access_denied_and_the_state() throws Exception {
        sandbox.setAuthorizeMode(AuthorizeMode.ACCESS_DENIED);
        Map<String, String> callback = callbackQuery(get(authorizeUrl(params())), CALLBACK);
        assertEquals("access_denied", callback.get("error"));
        assertEquals(state, callback.get("state"));
        assertNull(callback.get("code"));
        assertTrue(callback.containsKey("error_description"));
    }

    @Test
    void the_session_belongs_to_the_configured_user() throws Exception {
        sandbox.setUser(SandboxUser.withEmail("grace@example.com"));
        String code = callbackQuery(get(authorizeUrl(params())), CALLBACK).get("code");
        JsonNode tokens = exchange(code, CALLBACK, verifier).json();
        JsonNode me = TestHttp.getBearer(sandbox.url(Sandbox.ME_PATH), tokens.get("access_token").asText()).json();
        assertEquals("grace@example.com", me.get("email").asText());
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", "cli_native");
        params.put("response_type", "code");
        params.put("redirect_uri", CALLBACK);
        params.put("scope", "offline_access");
        params.put("code_challenge", challenge(verifier));
        params.put("code_challenge_method", "S256");
        params.put("state", state);
        return params;
    }

    private String authorizeUrl(Map<String, String> params) {
        StringBuilder url = new StringBuilder(sandbox.url(Sandbox.AUTHORIZE_PATH)).append('?');
        params.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return url.substring(0, url.length() - 1);
    }

    private TestHttp.Answer exchange(String code, String redirectUri, String codeVerifier) throws Exception {
        return postForm(sandbox.url(Sandbox.TOKEN_PATH), "grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "client_id", "cli_native", "code_verifier", codeVerifier);
    }

    static Map<String, String> callbackQuery(TestHttp.Answer redirect, String expectedCallback) {
        assertEquals(302, redirect.status());
        URI location = URI.create(redirect.header("Location"));
        assertEquals(expectedCallback, location.getScheme() + "://" + location.getRawAuthority() + location.getRawPath());
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
