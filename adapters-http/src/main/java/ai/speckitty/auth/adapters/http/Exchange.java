package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.transport.AnswerTooLarge;
import ai.speckitty.auth.adapters.http.transport.TransportProblems;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.WireSyntax;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs one Feign call exactly once and takes its body (read whole by the transport, within the
 * call's deadline), turning every failure into a value named by its type, never by its text: an
 * exception thrown from inside Feign or the JDK may quote a header, and so a token.
 */
final class Exchange {
    private Exchange() {}

    /** {@code sentSecrets}: the token, code or verifier values in the request. */
    static Reply send(List<String> sentSecrets, Supplier<Response> call) {
        try (Response response = call.get()) {
            Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(response.headers());
            return new Reply.Answer(response.status(), bodyOf(response), headers, sentSecrets);
        } catch (IOException | RuntimeException e) {
            return tooLarge(e).<Reply>map(big -> new Reply.TooLarge(big.status()))
                    .orElseGet(() -> new Reply.Lost(TransportProblems.classify(e)));
        }
    }

    /**
     * As {@link #send}, for a call carrying {@code token} in its Authorization header or form: a
     * value that is not an RFC 6750 token (say, from a tampered credentials file that slipped past
     * the domain's checks) is never sent, and the call fails without a request.
     */
    static Reply sendCarrying(String token, Supplier<Response> call) {
        if (!WireSyntax.isToken(token)) {
            return new Reply.Lost(TransportProblem.OTHER);
        }
        return send(List.of(token), call);
    }

    private static Optional<AnswerTooLarge> tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AnswerTooLarge big) {
                return Optional.of(big);
            }
        }
        return Optional.empty();
    }

    private static byte[] bodyOf(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        }
    }
}
