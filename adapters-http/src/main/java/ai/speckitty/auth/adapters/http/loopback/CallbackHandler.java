package ai.speckitty.auth.adapters.http.loopback;

import ai.speckitty.auth.adapters.http.loopback.CallbackInbox.Verdict;
import ai.speckitty.auth.application.port.CallbackResult;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Answers every request on the loopback port: {@code GET /callback} goes to the inbox, anything else is refused. */
final class CallbackHandler implements HttpHandler {
    static final String PATH = "/callback";

    private final CallbackInbox inbox;

    CallbackHandler(CallbackInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            respond(exchange);
        } catch (IOException browserWentAway) {
            // Nothing to tell: the result, if any, is already in the inbox.
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException, InterruptedException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            send(exchange, 404, CallbackPage.notFound());
            return;
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            send(exchange, 405, CallbackPage.methodNotAllowed());
            return;
        }
        Optional<Map<String, String>> query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        if (query.isEmpty()) {
            send(exchange, 400, CallbackPage.malformed());
            return;
        }
        CallbackResult candidate = candidate(query.get());
        Verdict verdict = inbox.offer(query.get().get("state"), candidate);
        switch (verdict) {
            case ACCEPTED -> send(exchange, 200, candidate instanceof CallbackResult.ErrorReceived error
                    ? CallbackPage.serverError(error.error(), error.description())
                    : CallbackPage.signedIn());
            case WRONG_STATE -> send(exchange, 400, CallbackPage.wrongState());
            case INCOMPLETE -> send(exchange, 400, CallbackPage.incomplete());
            case ALREADY_COMPLETE -> send(exchange, 409, CallbackPage.alreadyComplete());
            case NO_LONGER_WAITING -> send(exchange, 410, CallbackPage.noLongerWaiting());
        }
    }

    /** An {@code error} wins over a {@code code} (RFC 6749 §4.1.2.1); null when there is neither. */
    private static CallbackResult candidate(Map<String, String> parameters) {
        String error = parameters.get("error");
        if (error != null && !error.isBlank()) {
            return new CallbackResult.ErrorReceived(error,
                    Optional.ofNullable(parameters.get("error_description")).filter(d -> !d.isBlank()));
        }
        String code = parameters.get("code");
        if (code != null && !code.isBlank()) {
            return new CallbackResult.CodeReceived(new AuthorizationCode(code));
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/html; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        // The callback URL carries the code: never pass it on as a Referer; no script runs even if escaping failed.
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
