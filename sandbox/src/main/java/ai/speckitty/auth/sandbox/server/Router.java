package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.RecordedRequest;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One sandbox's answers: through the {@link RouterSlot} the catch-all stub names, each request is
 * answered from the model (endpoints, state) instead of from a stub. It applies an injected fault
 * with WireMock's own means (fixed delay, chunked dribble, {@code EMPTY_RESPONSE},
 * {@code CONNECTION_RESET_BY_PEER}) and records the request in the journal before WireMock writes
 * the answer. Admin paths ({@code /__sandbox/...}) skip faults and journal.
 */
public final class Router {

    static final String ADMIN_PREFIX = "/__sandbox";

    private final ServerState state;
    private final OAuthEndpoints oauth;
    private final TokenEndpoint token;
    private final ApiEndpoints api;
    private final AdminEndpoints admin;
    private final Consumer<RecordedRequest> journal;
    private final Consumer<String> accessLog;
    private final AtomicLong sequence = new AtomicLong();

    /**
     * @param journal   receives every non-admin request with its answer status
     * @param accessLog receives one line per request: method, path, status (never a value)
     */
    public Router(ServerState state, AdminEndpoints admin, Consumer<RecordedRequest> journal, Consumer<String> accessLog) {
        this.state = state;
        this.oauth = new OAuthEndpoints(state);
        this.token = new TokenEndpoint(state);
        this.api = new ApiEndpoints(state);
        this.admin = admin;
        this.journal = journal;
        this.accessLog = accessLog;
    }

    ResponseDefinition transform(ServeEvent event) {
        Call call = Call.of(event.getRequest());
        try {
            return answer(call);
        } catch (RuntimeException e) {
            // The exception text is not printed: it could quote a request value.
            System.err.println("sandbox: internal error on " + call + ": " + e.getClass().getName());
            for (StackTraceElement frame : e.getStackTrace()) {
                System.err.println("\tat " + frame);
            }
            return finish(Responses.text(500, "application/json",
                    "{\"error\":\"server_error\",\"error_description\":\"sandbox internal error\"}"));
        }
    }

    private ResponseDefinition answer(Call call) {
        if (call.path().equals(ADMIN_PREFIX) || call.path().startsWith(ADMIN_PREFIX + "/")) {
            return finish(admin.handle(call));
        }
        Instant receivedAt = Instant.now();
        Fault fault = state.faults().next(call.path());
        if (fault == null) {
            ResponseDefinition response = finish(dispatch(call));
            record(call, receivedAt, response.getStatus(), null);
            return response;
        }
        int delay = millis(fault.delay());
        return switch (fault.kind()) {
            case RESPOND -> {
                ResponseDefinition response = finish(faultResponse(fault).withFixedDelay(delay));
                record(call, receivedAt, response.getStatus(), fault);
                yield response;
            }
            case DROP_BEFORE_PROCESSING -> {
                record(call, receivedAt, 0, fault);
                yield drop(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE, delay);
            }
            case SLOW -> {
                ResponseDefinition response = finish(dispatch(call).withFixedDelay(delay));
                record(call, receivedAt, response.getStatus(), fault);
                yield response;
            }
            case TRICKLE -> {
                ResponseDefinition processed = finish(dispatch(call));
                int bytes = processed.getByteBody() == null ? 0 : processed.getByteBody().length;
                record(call, receivedAt, processed.getStatus(), fault);
                yield ResponseDefinitionBuilder.like(processed).withChunkedDribbleDelay(bytes, bytes * delay).build();
            }
            case DROP_AFTER_PROCESSING, RESET_AFTER_PROCESSING -> {
                dispatch(call);
                record(call, receivedAt, 0, fault);
                yield drop(fault.kind() == Fault.Kind.RESET_AFTER_PROCESSING
                        ? com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER
                        : com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE, delay);
            }
        };
    }

    /**
     * Every answer carries the sandbox's {@code Date} and closes its connection: one request per
     * connection, so a client never re-sends on a stale pooled connection and the journal counts
     * what the client really sent.
     */
    private ResponseDefinition finish(ResponseDefinitionBuilder response) {
        return response.withHeader("Date", HttpDates.format(state.dateHeaderNow()))
                .withHeader("Server", "spec-kitty-sandbox")
                .withHeader("Connection", "close")
                .build();
    }

    private static ResponseDefinition drop(com.github.tomakehurst.wiremock.http.Fault how, int delay) {
        return new ResponseDefinitionBuilder().withFault(how).withFixedDelay(delay).build();
    }

    private static int millis(Duration delay) {
        return (int) Math.min(Integer.MAX_VALUE, delay.toMillis());
    }

    private static ResponseDefinitionBuilder faultResponse(Fault fault) {
        ResponseDefinitionBuilder response = Responses.text(fault.status(), fault.contentType(),
                fault.body() == null ? "" : fault.body());
        for (Map.Entry<String, String> header : fault.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    private ResponseDefinitionBuilder dispatch(Call call) {
        String method = call.method();
        return switch (call.path()) {
            case "/oauth/authorize" -> "GET".equals(method) ? oauth.authorize(call) : Responses.methodNotAllowed("GET");
            case "/oauth/device" -> "POST".equals(method) ? oauth.device(call) : Responses.methodNotAllowed("POST");
            case "/oauth/token" -> "POST".equals(method) ? token.handle(call) : Responses.methodNotAllowed("POST");
            case "/oauth/revoke" -> "POST".equals(method) ? oauth.revoke(call) : Responses.methodNotAllowed("POST");
            case "/api/v1/me" -> "GET".equals(method) ? api.me(call) : Responses.methodNotAllowed("GET");
            case "/api/v1/session-status" -> "GET".equals(method) ? api.sessionStatus(call) : Responses.methodNotAllowed("GET");
            case "/api/v1/sync/health/" -> "GET".equals(method) ? api.syncHealth(call) : Responses.methodNotAllowed("GET");
            case "/api/v1/events/batch/" -> "POST".equals(method) ? api.eventsBatch(call) : Responses.methodNotAllowed("POST");
            // Like the real (Django) server: the slash-less forms redirect, they are not "legacy 404".
            case "/api/v1/sync/health", "/api/v1/events/batch" ->
                    Responses.redirect(301, state.baseUrl() + call.path() + "/");
            case "/api/v1/logout" -> api.retiredLogout();
            case "/device" -> Responses.text(200, "text/html; charset=utf-8",
                    "<html><body><p>Device codes are approved automatically by the spec-kitty sandbox.</p></body></html>");
            case "/" -> Responses.text(200, "text/plain; charset=utf-8", Index.TEXT);
            default -> Responses.notFound();
        };
    }

    private void record(Call call, Instant receivedAt, int status, Fault fault) {
        journal.accept(new RecordedRequest(sequence.incrementAndGet(), receivedAt, call.method(), call.path(),
                call.rawQuery(), call.headers(), call.body(), call.formOrEmpty(), call.queryOrEmpty(),
                status, fault == null ? null : fault.describe()));
        accessLog.accept(call.method() + " " + call.path() + " -> " + (status == 0 ? "dropped" : status)
                + (fault == null ? "" : " [fault " + fault.describe() + "]"));
    }
}
