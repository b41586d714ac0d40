package ai.speckitty.auth.sandbox;

import ai.speckitty.auth.sandbox.server.JsonBodies;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fault injected on an endpoint path with {@link Sandbox#injectFault}. A RESPOND fault answers
 * instead of the endpoint (nothing is processed); SLOW and the *_AFTER_PROCESSING kinds let the
 * endpoint process the request (a refresh rotates) and then answer late, slowly or not at all.
 */
public record Fault(Kind kind, int status, String contentType, String body, Map<String, String> headers, Duration delay) {

    /** What the fault does. */
    public enum Kind {
        /** Answer status/contentType/body/headers instead of processing. */
        RESPOND,
        /** Process normally, answer after {@code delay}. */
        SLOW,
        /** Close the connection without processing or answering. */
        DROP_BEFORE_PROCESSING,
        /** Process the request (state changes happen), then close the connection without an answer. */
        DROP_AFTER_PROCESSING,
        /** Process the request, then reset the connection (TCP RST) without an answer. */
        RESET_AFTER_PROCESSING,
        /** Process normally, send the head at once, then the body one byte per {@code delay}. */
        TRICKLE
    }

    /** A token value no server may send: a quote and a newline (it would break a header or a TOML line). */
    public static final String HOSTILE_TOKEN_TAIL = "\"\nX-Injected: 1";

    public Fault {
        Objects.requireNonNull(kind, "kind");
        headers = Map.copyOf(headers);
        delay = delay == null ? Duration.ZERO : delay;
    }

    /** Answer this status with an OAuth error envelope fitting it (429 adds {@code Retry-After: 1}). */
    public static Fault status(int status) {
        String error = switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "invalid_token";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 429 -> "throttled";
            case 500 -> "server_error";
            case 502 -> "bad_gateway";
            case 503 -> "temporarily_unavailable";
            case 504 -> "gateway_timeout";
            default -> "error";
        };
        Fault fault = oauthError(status, error, "injected fault");
        return status == 429 ? fault.withHeader("Retry-After", "1") : fault;
    }

    /**
     * Answer this status with an OAuth error envelope (SPEC §2), e.g. 401 {@code session_invalid};
     * a null description leaves {@code error_description} out.
     */
    public static Fault oauthError(int status, String error, String description) {
        return status(status, JsonBodies.write(JsonBodies.fields("error", error, "error_description", description)));
    }

    /** Answer this status with this JSON body. */
    public static Fault status(int status, String jsonBody) {
        return body(status, "application/json", jsonBody);
    }

    /** Answer this status, content type and body. */
    public static Fault body(int status, String contentType, String body) {
        return new Fault(Kind.RESPOND, status, contentType, body, Map.of(), Duration.ZERO);
    }

    /** 429 {@code {"error":"throttled"}} with {@code Retry-After}. */
    public static Fault throttled(int retryAfterSeconds) {
        return status(429, "{\"error\":\"throttled\"}").withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /** 503 with {@code Retry-After}. */
    public static Fault unavailable(int retryAfterSeconds) {
        return status(503).withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /** 200 with an HTML body (a captive portal or a proxy's error page). */
    public static Fault nonJson() {
        return body(200, "text/html; charset=utf-8", "<html><body>Sign in to the network</body></html>");
    }

    /** 200 {@code {"revoked":false}}, for the revoke endpoint. */
    public static Fault revokedFalse() {
        return status(200, "{\"revoked\":false}");
    }

    /**
     * 200 with a well-formed token answer (SPEC §2.3) whose {@code field} ({@code access_token} or
     * {@code refresh_token}) holds a quote and a newline; nothing is processed (no rotation).
     */
    public static Fault hostileToken(String field) {
        if (!field.equals("access_token") && !field.equals("refresh_token")) {
            throw new IllegalArgumentException("field is access_token or refresh_token");
        }
        String access = field.equals("access_token") ? "sbx_at_hostile" + HOSTILE_TOKEN_TAIL : "sbx_at_wellformed";
        String refresh = field.equals("refresh_token") ? "sbx_rt_hostile" + HOSTILE_TOKEN_TAIL : "sbx_rt_wellformed";
        String body = JsonBodies.write(JsonBodies.fields("access_token", access, "token_type", "Bearer", "expires_in", 3600,
                "refresh_token", refresh, "session_id", "sess_hostile", "scope", "offline_access"));
        return status(200, body);
    }

    /**
     * Process normally, then send the answer (with the full Content-Length) one body byte per
     * {@code interval}, the head with the first byte: each read succeeds, the answer takes ages.
     */
    public static Fault trickle(Duration interval) {
        return new Fault(Kind.TRICKLE, 0, null, null, Map.of(), interval);
    }

    /** Process normally and answer after {@code delay}. */
    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, 0, null, null, Map.of(), delay);
    }

    public static Fault dropBeforeProcessing() {
        return new Fault(Kind.DROP_BEFORE_PROCESSING, 0, null, null, Map.of(), Duration.ZERO);
    }

    public static Fault dropAfterProcessing() {
        return new Fault(Kind.DROP_AFTER_PROCESSING, 0, null, null, Map.of(), Duration.ZERO);
    }

    public static Fault resetAfterProcessing() {
        return new Fault(Kind.RESET_AFTER_PROCESSING, 0, null, null, Map.of(), Duration.ZERO);
    }

    /** This fault, applied after waiting {@code value} (a slow error, or a hang before a drop). */
    public Fault withDelay(Duration value) {
        return new Fault(kind, status, contentType, body, headers, value);
    }

    /** This fault with one more response header (RESPOND only). */
    public Fault withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Fault(kind, status, contentType, body, copy, delay);
    }

    /** A short description recorded in the journal, e.g. {@code "status 503"} or {@code "drop-after"}. */
    public String describe() {
        String what = switch (kind) {
            case RESPOND -> "status " + status;
            case SLOW -> "slow";
            case DROP_BEFORE_PROCESSING -> "drop-before";
            case DROP_AFTER_PROCESSING -> "drop-after";
            case RESET_AFTER_PROCESSING -> "reset-after";
            case TRICKLE -> "trickle";
        };
        if (kind == Kind.TRICKLE) {
            return what + " " + delay.toMillis() + "ms/byte";
        }
        return delay.isZero() ? what : what + " +" + delay.toMillis() + "ms";
    }
}
