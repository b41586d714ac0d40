package ai.speckitty.auth.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assertions about what WireMock received, down to every form field. */
final class Requests {
    private Requests() {}

    /** Every request received, oldest first. */
    static List<LoggedRequest> all(WireMockExtension wm) {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent e : wm.getAllServeEvents()) {
            requests.add(0, e.getRequest());
        }
        return requests;
    }

    /** Asserts exactly one request was received and returns it. */
    static LoggedRequest only(WireMockExtension wm) {
        List<LoggedRequest> requests = all(wm);
        assertEquals(1, requests.size(), "requests received: " + requests.size());
        return requests.get(0);
    }

    /**
     * Asserts the one request is a form POST to {@code path} without Authorization, whose fields
     * are exactly {@code expected} (same names, same values, nothing else, no duplicates).
     */
    static void assertFormPost(WireMockExtension wm, String path, Map<String, String> expected) {
        LoggedRequest request = only(wm);
        assertEquals("POST", request.getMethod().getName());
        assertEquals(path, request.getUrl());
        assertEquals("application/x-www-form-urlencoded", request.getHeader("Content-Type"));
        assertFalse(request.containsHeader("Authorization"), "no Authorization header");
        assertFalse(request.containsHeader("Cookie"), "no Cookie header");
        assertEquals(expected, formFields(request.getBodyAsString()));
    }

    /** Asserts the one request is a GET to {@code path} carrying exactly this bearer token. */
    static LoggedRequest assertBearerGet(WireMockExtension wm, String path, String accessToken) {
        LoggedRequest request = only(wm);
        assertEquals("GET", request.getMethod().getName());
        assertEquals(path, request.getUrl());
        assertEquals("Bearer " + accessToken, request.getHeader("Authorization"));
        assertTrue(request.getBodyAsString().isEmpty(), "a GET carries no body");
        return request;
    }

    /** Decodes a form body; a repeated name fails the test. */
    static Map<String, String> formFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            assertTrue(eq > 0, "every form pair has a name and '='");
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            assertFalse(fields.containsKey(name), "form field sent twice: " + name);
            fields.put(name, value);
        }
        return fields;
    }

    /** A loopback port nobody listens on. */
    static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
