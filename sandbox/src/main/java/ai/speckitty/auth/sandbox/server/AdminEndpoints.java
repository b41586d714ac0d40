package ai.speckitty.auth.sandbox.server;

import static ai.speckitty.auth.sandbox.server.JsonBodies.fields;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.Journal;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.SandboxConfig;
import ai.speckitty.auth.sandbox.SandboxUser;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /__sandbox/*}: the journal, faults, settings, sessions and clock for scripts. Parameters
 * come from the query or a form body. The journal shows secrets only as fingerprints
 * ({@code sha256:} + 12 hex digits of the value's SHA-256).
 */
public final class AdminEndpoints {

    private static final Set<String> SECRET_FIELDS = Set.of(
            "token", "refresh_token", "access_token", "code", "code_verifier", "device_code");

    private final ServerState state;
    private final Journal journal;

    public AdminEndpoints(ServerState state, Journal journal) {
        this.state = state;
        this.journal = journal;
    }

    ResponseDefinitionBuilder handle(Call call) {
        Map<String, String> params = parameters(call);
        String route = call.method() + " " + call.path().substring(Router.ADMIN_PREFIX.length());
        try {
            return switch (route) {
                case "GET /journal" -> journal(params);
                case "POST /journal/clear" -> cleared(journal::clear);
                case "POST /fault" -> fault(params);
                case "POST /faults/clear" -> cleared(() -> {
                    if (params.containsKey("path")) {
                        state.faults().clear(params.get("path"));
                    } else {
                        state.faults().clear();
                    }
                });
                case "POST /config" -> config(params);
                case "POST /session" -> session(params);
                case "GET /sessions" -> sessions();
                case "POST /sessions/revoke" -> revokeSession(params);
                case "POST /clock/advance" -> advance(params);
                default -> Responses.notFound();
            };
        } catch (IllegalArgumentException bad) {
            return Responses.oauthError(400, "invalid_request", bad.getMessage());
        }
    }

    private ResponseDefinitionBuilder journal(Map<String, String> params) {
        List<RecordedRequest> requests = journal.matching(r ->
                (!params.containsKey("method") || r.method().equals(params.get("method")))
                        && (!params.containsKey("path") || r.path().equals(params.get("path"))));
        List<Object> entries = requests.stream().map(AdminEndpoints::entry).toList();
        return Responses.json(200, fields("count", entries.size(), "requests", entries));
    }

    private static Object entry(RecordedRequest r) {
        String bearer = r.bearerToken();
        return fields(
                "sequence", r.sequence(),
                "received_at", r.receivedAt().toString(),
                "method", r.method(),
                "path", r.path(),
                "status", r.status(),
                "fault", r.fault(),
                "query", redacted(r.query()),
                "form", redacted(r.form()),
                "bearer", bearer == null ? null : Secrets.fingerprint(bearer));
    }

    private static Map<String, Object> redacted(Map<String, List<String>> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((name, values) -> out.put(name, values.stream()
                .map(v -> SECRET_FIELDS.contains(name) ? Secrets.fingerprint(v) : v).toList()));
        return out;
    }

    private ResponseDefinitionBuilder fault(Map<String, String> params) {
        String path = required(params, "path");
        int status = Integer.parseInt(params.getOrDefault("status", "500"));
        int retryAfter = Integer.parseInt(params.getOrDefault("retry_after", "1"));
        Fault fault = switch (params.getOrDefault("kind", "status")) {
            case "status" -> params.containsKey("error")
                    ? Fault.oauthError(status, params.get("error"), params.get("error_description"))
                    : Fault.status(status);
            case "throttled" -> Fault.throttled(retryAfter);
            case "non-json" -> Fault.nonJson();
            case "revoked-false" -> Fault.revokedFalse();
            case "slow" -> Fault.slow(Duration.ZERO);
            case "drop-before" -> Fault.dropBeforeProcessing();
            case "drop-after" -> Fault.dropAfterProcessing();
            case "reset-after" -> Fault.resetAfterProcessing();
            case "hostile-token" -> Fault.hostileToken(params.getOrDefault("field", "access_token"));
            case "trickle" -> Fault.trickle(Duration.ofMillis(Long.parseLong(params.getOrDefault("interval_ms", "1000"))));
            default -> throw new IllegalArgumentException("kind is one of status, throttled, non-json, revoked-false, slow, "
                    + "drop-before, drop-after, reset-after, hostile-token, trickle");
        };
        if (params.containsKey("delay_ms")) {
            fault = fault.withDelay(Duration.ofMillis(Long.parseLong(params.get("delay_ms"))));
        }
        String times = params.getOrDefault("times", "1");
        state.faults().add(path, fault, "always".equals(times) ? FaultBoard.ALWAYS : Integer.parseInt(times));
        return Responses.json(200, fields("queued", fault.describe(), "path", path, "times", times));
    }

    private ResponseDefinitionBuilder config(Map<String, String> params) {
        if (params.containsKey("port")) {
            throw new IllegalArgumentException("port cannot change while running");
        }
        state.update(current -> {
            SandboxConfig.Builder builder = current.toBuilder();
            params.forEach((name, value) -> ConfigOptions.apply(builder, name, value));
            return builder.build();
        });
        return Responses.json(200, fields("config", state.config().toString()));
    }

    private ResponseDefinitionBuilder session(Map<String, String> params) {
        SandboxUser user = params.containsKey("email") ? state.config().user().email(params.get("email")) : state.config().user();
        IssuedSession s = state.sessions().login(user, state.now(), state.lifetimes());
        return Responses.noStore(Responses.json(200, fields(
                "session_id", s.sessionId(),
                "access_token", s.accessToken(),
                "refresh_token", s.refreshToken(),
                "issued_at", Responses.iso(s.issuedAt()),
                "access_expires_at", Responses.iso(s.accessExpiresAt()),
                "refresh_expires_at", s.refreshExpiresAt() == null ? null : Responses.iso(s.refreshExpiresAt()),
                "generation", s.generation(),
                "scope", s.scope(),
                "email", s.user().email())));
    }

    private ResponseDefinitionBuilder sessions() {
        List<Object> views = state.sessions().views().stream().map(v -> (Object) fields(
                "session_id", v.sessionId(), "email", v.email(), "generation", v.generation(),
                "revoked", v.revoked(), "created_at", Responses.iso(v.createdAt()))).toList();
        return Responses.json(200, fields("sessions", views));
    }

    private ResponseDefinitionBuilder revokeSession(Map<String, String> params) {
        boolean known = state.sessions().revokeSession(required(params, "session_id"));
        return Responses.json(known ? 200 : 404, fields("revoked", known));
    }

    private ResponseDefinitionBuilder advance(Map<String, String> params) {
        state.advance(ConfigOptions.seconds(required(params, "seconds")));
        return Responses.json(200, fields("now", Responses.iso(state.now())));
    }

    private static ResponseDefinitionBuilder cleared(Runnable action) {
        action.run();
        return Responses.json(200, fields("cleared", true));
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return value;
    }

    private static Map<String, String> parameters(Call call) {
        Map<String, String> params = new LinkedHashMap<>();
        call.queryOrEmpty().forEach((k, v) -> params.put(k, v.get(v.size() - 1)));
        call.formOrEmpty().forEach((k, v) -> params.put(k, v.get(v.size() - 1)));
        return params;
    }
}
