package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.http.HttpRequest;
import ai.speckitty.auth.sandbox.http.HttpResponse;
import ai.speckitty.auth.sandbox.http.MiniHttpServer;
import ai.speckitty.auth.sandbox.http.Reply;
import ai.speckitty.auth.sandbox.http.UrlForm;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Sends each request to its endpoint, applies an injected fault, and records the request in the
 * journal before the answer is written. Admin paths ({@code /__sandbox/...}) skip faults and journal.
 */
public final class Router implements MiniHttpServer.Handler {

    static final String ADMIN_PREFIX = "/__sandbox";

    private final ServerState state;
    private final OAuthEndpoints oauth;
    private final TokenEndpoint token;
    private final ApiEndpoints api;
    private final MiniHttpServer.Handler admin;
    private final Consumer<RecordedRequest> journal;
    private final Consumer<String> accessLog;
    private final AtomicLong sequence = new AtomicLong();

    /**
     * @param journal   receives every non-admin request with its answer status
     * @param accessLog receives one line per request: method, path, status (never a value)
     */
    public Router(ServerState state, MiniHttpServer.Handler admin, Consumer<RecordedRequest> journal, Consumer<String> accessLog) {
        this.state = state;
        this.oauth = new OAuthEndpoints(state);
        this.token = new TokenEndpoint(state);
        this.api = new ApiEndpoints(state);
        this.admin = admin;
        this.journal = journal;
        this.accessLog = accessLog;
    }

    @Override
    public Reply handle(HttpRequest request) {
        if (request.path().equals(ADMIN_PREFIX) || request.path().startsWith(ADMIN_PREFIX + "/")) {
            return admin.handle(request);
        }
        Instant receivedAt = Instant.now();
        Fault fault = state.faults().next(request.path());
        if (fault == null) {
            HttpResponse response = dispatch(request);
            record(request, receivedAt, response.status(), null);
            return Reply.respond(response);
        }
        return switch (fault.kind()) {
            case RESPOND -> {
                HttpResponse response = faultResponse(fault);
                record(request, receivedAt, response.status(), fault);
                yield new Reply.Respond(response, fault.delay());
            }
            case DROP_BEFORE_PROCESSING -> {
                record(request, receivedAt, 0, fault);
                yield new Reply.Drop(false, fault.delay());
            }
            case SLOW -> {
                HttpResponse response = dispatch(request);
                record(request, receivedAt, response.status(), fault);
                yield new Reply.Respond(response, fault.delay());
            }
            case TRICKLE -> {
                HttpResponse response = dispatch(request);
                record(request, receivedAt, response.status(), fault);
                yield new Reply.Trickle(response, fault.delay());
            }
            case DROP_AFTER_PROCESSING, RESET_AFTER_PROCESSING -> {
                dispatch(request);
                record(request, receivedAt, 0, fault);
                yield new Reply.Drop(fault.kind() == Fault.Kind.RESET_AFTER_PROCESSING, fault.delay());
            }
        };
    }

    private static HttpResponse faultResponse(Fault fault) {
        HttpResponse response = HttpResponse.text(fault.status(), fault.contentType(), fault.body() == null ? "" : fault.body());
        for (Map.Entry<String, String> header : fault.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    private HttpResponse dispatch(HttpRequest request) {
        String method = request.method();
        return switch (request.path()) {
            case "/oauth/authorize" -> "GET".equals(method) ? oauth.authorize(request) : Responses.methodNotAllowed("GET");
            case "/oauth/device" -> "POST".equals(method) ? oauth.device(request) : Responses.methodNotAllowed("POST");
            case "/oauth/token" -> "POST".equals(method) ? token.handle(request) : Responses.methodNotAllowed("POST");
            case "/oauth/revoke" -> "POST".equals(method) ? oauth.revoke(request) : Responses.methodNotAllowed("POST");
            case "/api/v1/me" -> "GET".equals(method) ? api.me(request) : Responses.methodNotAllowed("GET");
            case "/api/v1/session-status" -> "GET".equals(method) ? api.sessionStatus(request) : Responses.methodNotAllowed("GET");
            case "/api/v1/sync/health/" -> "GET".equals(method) ? api.syncHealth(request) : Responses.methodNotAllowed("GET");
            case "/api/v1/events/batch/" -> "POST".equals(method) ? api.eventsBatch(request) : Responses.methodNotAllowed("POST");
            // Like the real (Django) server: the slash-less forms redirect, they are not "legacy 404".
            case "/api/v1/sync/health", "/api/v1/events/batch" ->
                    HttpResponse.redirect(301, state.baseUrl() + request.path() + "/");
            case "/api/v1/logout" -> api.retiredLogout();
            case "/device" -> HttpResponse.text(200, "text/html; charset=utf-8",
                    "<html><body><p>Device codes are approved automatically by the spec-kitty sandbox.</p></body></html>");
            case "/" -> HttpResponse.text(200, "text/plain; charset=utf-8", Index.TEXT);
            default -> Responses.notFound();
        };
    }

    private void record(HttpRequest request, Instant receivedAt, int status, Fault fault) {
        journal.accept(new RecordedRequest(sequence.incrementAndGet(), receivedAt, request.method(), request.path(),
                request.rawQuery(), request.headers(), request.bodyText(),
                request.isForm() ? UrlForm.parseLenient(request.bodyText()) : Map.of(),
                request.queryParameters(), status, fault == null ? null : fault.describe()));
        accessLog.accept(request.method() + " " + request.path() + " -> " + (status == 0 ? "dropped" : status)
                + (fault == null ? "" : " [fault " + fault.describe() + "]"));
    }
}
