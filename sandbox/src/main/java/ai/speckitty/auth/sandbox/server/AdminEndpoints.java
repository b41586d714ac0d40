package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.Journal;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.SandboxConfig;
import ai.speckitty.auth.sandbox.SandboxUser;
import ai.speckitty.auth.sandbox.http.HttpRequest;
import ai.speckitty.auth.sandbox.http.HttpResponse;
import ai.speckitty.auth.sandbox.http.MiniHttpServer;
import ai.speckitty.auth.sandbox.http.Reply;
import ai.speckitty.auth.sandbox.http.UrlForm;
import ai.speckitty.auth.sandbox.json.Json;
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
public final class AdminEndpoints implements MiniHttpServer.Handler {

    private static final Set<String> SECRET_FIELDS = Set.of(
            "token", "refresh_token", "access_token", "code", "code_verifier", "device_code");

    private final ServerState state;
    private final Journal journal;

    public AdminEndpoints(ServerState state, Journal journal) {
        this.state = state;
        this.journal = journal;
    }

    @Override
    public Reply handle(HttpRequest request) {
        Map<String, String> params = parameters(request);
        String route = request.method() + " " + request.path().substring(Router.ADMIN_PREFIX.length());
        try {
            return Reply.respond(switch (route) {
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
            });
        } catch (IllegalArgumentException bad) {
            return Reply.respond(Responses.oauthError(400, "invalid_request", bad.getMessage()));
        }
    }

    private HttpResponse journal(Map<String, String> params) {
        List<RecordedRequest> requests = journal.matching(r ->
                (!params.containsKey("method") || r.method().equals(params.get("method")))
                        && (!params.containsKey("path") || r.path().equals(params.get("path"))));
        List<Object> entries = requests.stream().map(AdminEndpoints::entry).toList();
        return Responses.json(200, Json.object().put("count", entries.size()).put("requests", entries));
    }

    private static Object entry(RecordedRequest r) {
        String bearer = r.bearerToken();
        return Json.object()
                .put("sequence", r.sequence())
                .put("received_at", r.receivedAt().toString())
                .put("method", r.method())
                .put("path", r.path())
                .put("status", r.status())
                .put("fault", r.fault())
                .put("query", redacted(r.query()))
                .put("form", redacted(r.form()))
                .put("bearer", bearer == null ? null : Secrets.fingerprint(bearer))
                .toMap();
    }

    private static Map<String, Object> redacted(Map<String, List<String>> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((name, values) -> out.put(name, values.stream()
                .map(v -> SECRET_FIELDS.contains(name) ? Secrets.fingerprint(v) : v).toList()));
        return out;
    }

    private HttpResponse fault(Map<String, String> params) {
        String path = required(params, "path");
        int status = Integer.parseInt(params.getOrDefault("status", "500"));
        int retryAfter = Integer.parseInt(params.getOrDefault("retry_after", "1"));
        Fault fault = switch (params.getOrDefault("kind", "status")) {
            case "status" -> Fault.status(status);
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
        return Responses.json(200, Json.object().put("queued", fault.describe()).put("path", path).put("times", times));
    }

    private HttpResponse config(Map<String, String> params) {
        if (params.containsKey("port")) {
            throw new IllegalArgumentException("port cannot change while running");
        }
        state.update(current -> {
            SandboxConfig.Builder builder = current.toBuilder();
            params.forEach((name, value) -> ConfigOptions.apply(builder, current, name, value));
            return builder.build();
        });
        return Responses.json(200, Json.object().put("config", state.config().toString()));
    }

    private HttpResponse session(Map<String, String> params) {
        SandboxUser user = params.containsKey("email") ? state.config().user().email(params.get("email")) : state.config().user();
        IssuedSession s = state.sessions().login(user, state.now(), state.lifetimes());
        return Responses.noStore(Responses.json(200, Json.object()
                .put("session_id", s.sessionId())
                .put("access_token", s.accessToken())
                .put("refresh_token", s.refreshToken())
                .put("issued_at", Responses.iso(s.issuedAt()))
                .put("access_expires_at", Responses.iso(s.accessExpiresAt()))
                .put("refresh_expires_at", s.refreshExpiresAt() == null ? null : Responses.iso(s.refreshExpiresAt()))
                .put("generation", s.generation())
                .put("scope", s.scope())
                .put("email", s.user().email())));
    }

    private HttpResponse sessions() {
        List<Object> views = state.sessions().views().stream().map(v -> (Object) Json.object()
                .put("session_id", v.sessionId()).put("email", v.email()).put("generation", v.generation())
                .put("revoked", v.revoked()).put("created_at", Responses.iso(v.createdAt())).toMap()).toList();
        return Responses.json(200, Json.object().put("sessions", views));
    }

    private HttpResponse revokeSession(Map<String, String> params) {
        boolean known = state.sessions().revokeSession(required(params, "session_id"));
        return Responses.json(known ? 200 : 404, Json.object().put("revoked", known));
    }

    private HttpResponse advance(Map<String, String> params) {
        state.advance(ConfigOptions.seconds(required(params, "seconds")));
        return Responses.json(200, Json.object().put("now", Responses.iso(state.now())));
    }

    private static HttpResponse cleared(Runnable action) {
        action.run();
        return Responses.json(200, Json.object().put("cleared", true));
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return value;
    }

    private static Map<String, String> parameters(HttpRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.queryParameters().forEach((k, v) -> params.put(k, v.get(v.size() - 1)));
        if (request.isForm()) {
            UrlForm.parseLenient(request.bodyText()).forEach((k, v) -> params.put(k, v.get(v.size() - 1)));
        }
        return params;
    }
}
