package ai.speckitty.auth.adapters.http.loopback;

import ai.speckitty.auth.adapters.http.loopback.CallbackInbox.Verdict;
import ai.speckitty.auth.application.port.CallbackResult;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.session.WireSyntax;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Answers every request on the loopback port: {@code GET /callback} goes to the inbox, anything
 * else is refused. It counts the requests it is answering so that closing the port can wait
 * until each page has been sent whole.
 */
final class CallbackHandler implements HttpHandler {
    static final String PATH = "/callback";

    private final CallbackInbox inbox;
    private int answering;

    CallbackHandler(CallbackInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void handle(HttpExchange exchange) {
        started();
        try {
            respond(exchange);
        } catch (IOException browserWentAway) {
            // Nothing to tell: the result, if any, is already in the inbox.
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            // Still an answer: a browser left without one shows a bare connection error.
            sendQuietly(exchange, 500, CallbackPage.unexpected());
        } finally {
            exchange.close();
            finished();
        }
    }

    /** Waits (at most {@code limit}) until no page is being sent; true when none is. */
    synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (answering > 0) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        return true;
    }

    private synchronized void started() {
        answering++;
    }

    private synchronized void finished() {
        answering--;
        notifyAll();
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
            case ACCEPTED -> sendOutcome(exchange, candidate);
            case WRONG_STATE -> send(exchange, 400, CallbackPage.wrongState());
            case INCOMPLETE -> send(exchange, 400, CallbackPage.incomplete());
            case ALREADY_COMPLETE -> send(exchange, 409, CallbackPage.alreadyComplete());
            case NO_LONGER_WAITING -> send(exchange, 410, CallbackPage.noLongerWaiting());
        }
    }

    private static void sendOutcome(HttpExchange exchange, CallbackResult accepted) throws IOException {
        if (accepted instanceof CallbackResult.ErrorReceived error) {
            send(exchange, 200, CallbackPage.serverError(error.error(), error.description()));
        } else if (accepted instanceof CallbackResult.UnusableCode) {
            send(exchange, 400, CallbackPage.unusableCode());
        } else {
            send(exchange, 200, CallbackPage.signedIn());
        }
    }

    /**
     * An {@code error} wins over a {@code code} (RFC 6749 §4.1.2.1); a code that is not one is
     * reported as such, never built; null when there is neither.
     */
    static CallbackResult candidate(Map<String, String> parameters) {
        String error = parameters.get("error");
        if (error != null && !error.isBlank()) {
            return new CallbackResult.ErrorReceived(error,
                    Optional.ofNullable(parameters.get("error_description")).filter(d -> !d.isBlank()));
        }
        String code = parameters.get("code");
        if (code == null || code.isBlank()) {
            return null;
        }
        return WireSyntax.isCode(code)
                ? new CallbackResult.CodeReceived(new AuthorizationCode(code))
                : new CallbackResult.UnusableCode();
    }

    private static void sendQuietly(HttpExchange exchange, int status, String html) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, status, html);
        } catch (IOException browserWentAway) {
            // The browser is gone; there is no one left to tell.
        }
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
